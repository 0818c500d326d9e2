package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fnlint/fnlint/internal/testmodules"
)

// configCopy copies testdata/config, whose fnlint.toml files configure
// each directory (plugin's TestCustomGolangciLint checks that the four
// drivers report the same findings on it), to a temporary directory.
func configCopy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "config")
	if err := testmodules.Copy(dir, "../../testdata/config"); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestConfigFlagsOverride checks that flags override the files, for
// the command and under go vet: an option given as a flag applies in
// every directory, and -NAME runs NAME where a file turns it off.
func TestConfigFlagsOverride(t *testing.T) {
	t.Parallel()
	dir := configCopy(t)
	forDrivers(t, dir, runDefaults, []string{"-osexit.panic=false", "-tmpfile", "-osexit", "./..."}, func(t *testing.T, out string, status int) {
		if status == 0 {
			t.Fatalf("status 0; output:\n%s", out)
		}
		got := normalize(out, dir)
		for _, want := range []string{
			"conf.go:13:3: log.Fatal terminates",
			"conf.go:15:10: os.CreateTemp creates a temporary file", // tmpfile is off in the root's file
			"jobs/jobs.go:15:10: os.CreateTemp",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("output lacks %q:\n%s", want, got)
			}
		}
		for _, unwanted := range []string{"panic in function code", "legacy/"} {
			if strings.Contains(got, unwanted) {
				t.Errorf("output has %q:\n%s", unwanted, got)
			}
		}
	})
}

// TestConfigMalformed checks that a malformed configuration file is an
// error naming its file and line, with exit status 2, for the command,
// fnlint -sarif and fnlint config.
func TestConfigMalformed(t *testing.T) {
	t.Parallel()
	dir := configCopy(t)
	bad := filepath.Join(dir, "jobs", "fnlint.toml")
	if err := os.WriteFile(bad, []byte("# jobs\n[options.osexit]\npanik = true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := bad + ":3: unknown option osexit.panik (options of osexit: coldstart, panic)"
	for _, args := range [][]string{{"./..."}, {"-sarif", "./..."}, {"config", "jobs"}} {
		_, stderr, status := run(t, dir, binary, args...)
		if status != 2 || !strings.Contains(stderr, want) {
			t.Errorf("fnlint %s: status %d, stderr:\n%s\nwant status 2 and %q", strings.Join(args, " "), status, stderr, want)
		}
	}
}

// TestConfigCommand checks fnlint config: the effective configuration
// of a directory, inherited, overridden, with the flags applied.
func TestConfigCommand(t *testing.T) {
	t.Parallel()
	dir := configCopy(t)
	stdout, stderr, status := run(t, dir, binary, "config", "-envvar=false", "-osexit.coldstart", "jobs")
	if status != 0 {
		t.Fatalf("status %d; stderr:\n%s", status, stderr)
	}
	for _, want := range []string{
		"# from " + filepath.Join(dir, "fnlint.toml") + "\n# from " + filepath.Join(dir, "jobs", "fnlint.toml") + "\n",
		`"smtp25", "telemetryflush", "tmpfile", "wholeobject"]`, // tmpfile on again in jobs
		`exclude = ["` + filepath.ToSlash(dir) + `/legacy"]`,
		`entry = ["cloudrun:example.com/conf.Handle", `,
		"[options.osexit]\ncoldstart = \"true\"\npanic = \"false\"\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("fnlint config lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, `"envvar"`) {
		t.Errorf("fnlint config -envvar=false lists envvar:\n%s", stdout)
	}
}

// TestLSPFlags checks that fnlint lsp takes the command's flags: -h
// documents them, an unknown flag or an argument is refused.
func TestLSPFlags(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	_, stderr, status := run(t, dir, binary, "lsp", "-h")
	if status != 0 || !strings.Contains(stderr, "-osexit.coldstart") || !strings.Contains(stderr, "fnlint.toml") {
		t.Errorf("fnlint lsp -h: status %d, stderr:\n%s", status, stderr)
	}
	for _, args := range [][]string{{"lsp", "-nosuch"}, {"lsp", "-json"}, {"lsp", "./..."}} {
		_, stderr, status := run(t, dir, binary, args...)
		if status != 2 || !strings.Contains(stderr, args[1]) {
			t.Errorf("fnlint %s: status %d, want 2; stderr:\n%s", strings.Join(args, " "), status, stderr)
		}
	}
}

// TestLSPConfig checks that the language server reads the configuration
// files and its flags override them, and that a malformed file is shown
// to the user without ending the server.
func TestLSPConfig(t *testing.T) {
	t.Parallel()
	dir := configCopy(t)
	root := filepath.Join(dir, "fnlint.toml")
	good, err := os.ReadFile(root)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(root, append(append([]byte{}, good...), "\n[options.nosuch]\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startLSP(t, dir, "-osexit.panic=false")
	s.initialize(dir)
	conf := s.open(filepath.Join(dir, "conf.go"), 1)
	select {
	case msg := <-s.shown:
		if want := root + ":16: options for unknown analyzer \"nosuch\""; !strings.Contains(msg, want) {
			t.Errorf("shown %q, want it to say %q", msg, want)
		}
	case <-s.ctx.Done():
		t.Fatal("no message shown for the malformed configuration")
	}
	if err := os.WriteFile(root, good, 0o644); err != nil {
		t.Fatal(err)
	}
	s.notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": conf}})
	p := s.wait(conf)
	var got []string
	for _, d := range p.Diagnostics {
		got = append(got, d.Message)
	}
	// The file turns tmpfile off and panics on; the flag turns panics off.
	if len(got) != 1 || !strings.HasPrefix(got[0], "log.Fatal terminates the function instance") {
		t.Errorf("diagnostics of conf.go: %q, want log.Fatal's alone", got)
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// TestConfigEdited checks that the findings cache is keyed with the
// configuration: after an edit of a fnlint.toml, a run over unchanged
// code reports what the new configuration says.
func TestConfigEdited(t *testing.T) {
	t.Parallel()
	dir := configCopy(t)
	if stdout, _, _ := run(t, dir, binary, "./..."); !strings.Contains(stdout, "jobs/jobs.go:15:10: os.CreateTemp") {
		t.Fatalf("tmpfile not reported in jobs:\n%s", stdout)
	}
	if err := os.WriteFile(filepath.Join(dir, "jobs", "fnlint.toml"), []byte("analyzers = []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if stdout, _, _ := run(t, dir, binary, "./..."); strings.Contains(stdout, "os.CreateTemp") {
		t.Errorf("tmpfile reported after jobs/fnlint.toml stopped turning it on:\n%s", stdout)
	}
}
