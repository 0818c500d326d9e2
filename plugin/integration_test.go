package plugin_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/fnlint/fnlint/internal/testmodules"
)

// TestCustomGolangciLint builds a real golangci-lint with the fnlint
// plugin, as users do with `golangci-lint custom`, and runs it on the
// sample module. golangci-lint custom clones golangci-lint with git from
// its public host, which this machine cannot reach: git is pointed, with
// url.<local>.insteadOf, at a local repository made from the
// golangci-lint module source in the module cache, tagged with the
// version of .custom-gcl.yml. Besides the sample, it runs on the module
// with a helper module replaced by a local directory, and on the same
// module with the helper from a module cache.
func TestCustomGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint")
	}
	root, _ := filepath.Abs("..")
	conf, err := os.ReadFile(filepath.Join(root, ".custom-gcl.yml"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^version: *(\S+)`).FindSubmatch(conf)
	if m == nil {
		t.Fatal(".custom-gcl.yml names no version")
	}
	version := string(m[1])
	work := t.TempDir()
	run := func(dir string, env []string, name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}

	// golangci-lint itself, and a git repository of its source.
	gobin := filepath.Join(work, "bin")
	run(root, []string{"GOBIN=" + gobin}, "go", "install", "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@"+version)
	var mod struct{ Dir string }
	if err := json.Unmarshal([]byte(run(root, nil, "go", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+version)), &mod); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(work, "golangci-lint.git")
	run(work, nil, "cp", "-r", mod.Dir, src)
	run(work, nil, "chmod", "-R", "u+w", src)
	git := []string{"GIT_AUTHOR_NAME=fnlint", "GIT_AUTHOR_EMAIL=fnlint@example.com", "GIT_COMMITTER_NAME=fnlint", "GIT_COMMITTER_EMAIL=fnlint@example.com"}
	run(src, git, "git", "init", "-q")
	run(src, git, "git", "add", "-A")
	run(src, git, "git", "commit", "-q", "-m", "golangci-lint "+version)
	run(src, git, "git", "tag", version)

	// golangci-lint custom, with the plugin from this checkout.
	build := filepath.Join(work, "build")
	if err := os.MkdirAll(build, 0o755); err != nil {
		t.Fatal(err)
	}
	custom := strings.Replace(string(conf), "path: .", "path: "+root, 1)
	custom = strings.Replace(custom, "destination: .", "destination: "+build, 1)
	if err := os.WriteFile(filepath.Join(build, ".custom-gcl.yml"), []byte(custom), 0o644); err != nil {
		t.Fatal(err)
	}
	redirect := []string{
		"GIT_CONFIG_COUNT=1",
		"GIT_CONFIG_KEY_0=url." + src + ".insteadOf",
		"GIT_CONFIG_VALUE_0=https://github.com/golangci/golangci-lint.git",
	}
	run(build, redirect, filepath.Join(gobin, "golangci-lint"), "custom")
	gcl := filepath.Join(build, "custom-gcl")

	// One configuration, four drivers, the same findings.
	t.Run("FourDriversOneConfig", func(t *testing.T) { fourDrivers(t, root, work, gcl) })

	// Run it on a copy of the sample module.
	sample := filepath.Join(work, "sample")
	run(work, nil, "cp", "-r", filepath.Join(root, "testdata", "sample"), sample)
	gomod := filepath.Join(sample, "go.mod")
	data, _ := os.ReadFile(gomod)
	data = bytes.ReplaceAll(data, []byte("../stubs"), []byte(filepath.Join(root, "testdata", "stubs")))
	if err := os.WriteFile(gomod, data, 0o644); err != nil {
		t.Fatal(err)
	}
	example, _ := os.ReadFile(filepath.Join(root, "plugin", "testdata", "golangci.yml"))
	offline := []string{"GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"}
	type issue struct {
		FromLinter string
		Text       string
		Pos        struct{ Filename string }
	}
	// lint runs the custom golangci-lint on the module in dir, with the
	// example configuration, and returns its issues.
	lint := func(dir string, env []string) []issue {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), example, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(gcl, "run", "--output.json.path=stdout", "--show-stats=false", "./...")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), env...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, _ := cmd.Output() // exit status 1: issues found
		var report struct{ Issues []issue }
		if err := json.Unmarshal(out, &report); err != nil {
			t.Fatalf("golangci-lint JSON output in %s: %v\n%s\nstderr:\n%s", dir, err, out, stderr.String())
		}
		for _, is := range report.Issues {
			if is.FromLinter != "fnlint" {
				t.Errorf("issue from %s: %s", is.FromLinter, is.Text)
			}
		}
		return report.Issues
	}
	says := func(issues []issue, want string) bool {
		for _, is := range issues {
			if strings.Contains(is.Text, want) {
				return true
			}
		}
		return false
	}
	issues := lint(sample, offline)
	for _, want := range []string{
		"log.Fatalf terminates the function instance",
		"goroutine outlives the invocation",
		"returns without writing a response",
		"storage.NewClient creates a client on every invocation",
		// golangci-lint analyzes a package at a time: a handler of another
		// package is reported at its registration.
		`registers handlers.Hello (entry point "Hello"), which calls log.Fatal, which terminates the function instance`,
		"handlers.Items returns without writing a response",
	} {
		if !says(issues, want) {
			t.Errorf("no issue says %q; issues: %v", want, issues)
		}
	}

	// A helper module replaced by a local directory is the user's code,
	// as in fnlint's driver and go vet (cmd/fnlint's TestReplacedModule);
	// the same module from the module cache is a third-party dependency
	// no table describes, whose summaries golangci-lint derives too (it
	// runs fnlint's analyzers on dependencies for their facts): the exit
	// reaches the function, at the call, as in cmd/fnlint's
	// TestModuleCacheDependency.
	const mustEnv = "calls common.MustEnv, which calls log.Fatalf"
	replaced := filepath.Join(root, "lintcmd", "runner", "testdata", "replaced")
	local := filepath.Join(work, "replaced", "fn")
	if err := testmodules.Copy(local, filepath.Join(replaced, "fn")); err != nil {
		t.Fatal(err)
	}
	if issues := lint(local, offline); len(issues) != 1 || !says(issues, mustEnv) {
		t.Errorf("on a module with a local replacement: issues %v, want the one that says %q", issues, mustEnv)
	}
	cached := filepath.Join(work, "cached", "fn")
	if err := testmodules.Copy(cached, filepath.Join(replaced, "fn")); err != nil {
		t.Fatal(err)
	}
	env, err := testmodules.FromModuleCache(cached, filepath.Join(replaced, "common"), "v1.0.0", filepath.Join(work, "cached"))
	if err != nil {
		t.Fatal(err)
	}
	if issues := lint(cached, env); len(issues) != 1 || !says(issues, mustEnv) {
		t.Errorf("on a module with the helper from the module cache: issues %v, want the one that says %q", issues, mustEnv)
	}

	// --fix leaves code that builds.
	fix := exec.Command(gcl, "run", "--fix", "./...")
	fix.Dir = sample
	fix.Env = append(os.Environ(), offline...)
	_ = fix.Run()
	fixed, _ := os.ReadFile(filepath.Join(sample, "function.go"))
	if !bytes.Contains(fixed, []byte("http.Error(w, http.StatusText(http.StatusInternalServerError)")) {
		t.Errorf("--fix did not apply the osexit fix")
	}
	run(sample, offline, "go", "build", "./...")
}
