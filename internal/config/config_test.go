package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// schema is a suite of three analyzers, osexit with a boolean option.
var schema = Schema{
	"osexit": {"panic": func(v string) error {
		if v != "true" && v != "false" {
			return fmt.Errorf("parse error: %q is not a boolean", v)
		}
		return nil
	}},
	"tmpfile": {},
	"envvar":  {},
}

// writeTree writes files (path: content) under a new directory and
// returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func load(t *testing.T, dir string) *Config {
	t.Helper()
	c, err := Load(dir, schema)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestInheritance(t *testing.T) {
	root := writeTree(t, map[string]string{
		// Above the module root: not read.
		"fnlint.toml":     `analyzers = ["-osexit"]`,
		"mod/go.mod":      "module example.com/m\n",
		"mod/fnlint.toml": "analyzers = [\"-tmpfile\"]\nexclude = [\"legacy\", \"**/*_gen.go\"]\nentry = [\"example.com/m.F\"]\ndeploy = [\"template.yaml\", \"../ci/deploy.sh\"]\n[options.osexit]\npanic = true\n",
		"mod/jobs/fnlint.toml": `analyzers = ["tmpfile", "-envvar"]
[options.osexit]
panic = false
`,
		"mod/only/fnlint.toml": `analyzers = ["-all", "envvar"]`,
	})
	mod := filepath.Join(root, "mod")
	for _, tc := range []struct {
		dir      string
		on, off  []string
		panic    string
		excluded []string
		kept     []string
	}{
		{dir: "", on: []string{"osexit", "envvar"}, off: []string{"tmpfile"}, panic: "true",
			excluded: []string{"legacy/a.go", "legacy/deep/b.go", "x_gen.go", "jobs/y_gen.go"}, kept: []string{"a.go", "legacyish/a.go", "gen.go"}},
		{dir: "jobs", on: []string{"osexit", "tmpfile"}, off: []string{"envvar"}, panic: "false",
			excluded: []string{"jobs/z_gen.go"}, kept: []string{"jobs/a.go"}},
		// A directory without a file of its own inherits its parent's.
		{dir: "jobs/deeper", on: []string{"osexit", "tmpfile"}, off: []string{"envvar"}, panic: "false"},
		{dir: "only", on: []string{"envvar"}, off: []string{"osexit", "tmpfile"}, panic: "true"},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			c := load(t, filepath.Join(mod, tc.dir))
			for _, n := range tc.on {
				if !c.Enabled(n) {
					t.Errorf("%s is off, want on", n)
				}
			}
			for _, n := range tc.off {
				if c.Enabled(n) {
					t.Errorf("%s is on, want off", n)
				}
			}
			if got := c.Options["osexit"]["panic"]; got != tc.panic {
				t.Errorf("osexit.panic = %q, want %q", got, tc.panic)
			}
			if len(c.Entry) != 1 || c.Entry[0] != "example.com/m.F" {
				t.Errorf("entry = %q, want the module root's", c.Entry)
			}
			// Relative to the module root's file, wherever the package is.
			if want := []string{filepath.Join(mod, "template.yaml"), filepath.Join(root, "ci", "deploy.sh")}; !slices.Equal(c.Deploy, want) {
				t.Errorf("deploy = %q, want %q", c.Deploy, want)
			}
			for _, f := range tc.excluded {
				if !c.Excluded(filepath.Join(mod, f)) {
					t.Errorf("%s not excluded", f)
				}
			}
			for _, f := range tc.kept {
				if c.Excluded(filepath.Join(mod, f)) {
					t.Errorf("%s excluded", f)
				}
			}
		})
	}
}

func TestOverride(t *testing.T) {
	root := writeTree(t, map[string]string{
		"go.mod":      "module example.com/m\n",
		"fnlint.toml": `analyzers = ["-osexit", "-tmpfile"]`,
	})
	c := load(t, root)
	// -osexit (only osexit) overrides the file's -osexit.
	only := c.Override([]string{"-all", "osexit"}, schema)
	if !only.Enabled("osexit") || only.Enabled("envvar") || only.Enabled("tmpfile") {
		t.Errorf("-osexit: off %v, want all but osexit", only.Off())
	}
	// -envvar=false turns envvar off besides the file's.
	but := c.Override([]string{"-envvar"}, schema)
	if got := strings.Join(but.Off(), ","); got != "envvar,osexit,tmpfile" {
		t.Errorf("-envvar=false: off %s", got)
	}
	if got := strings.Join(c.Off(), ","); got != "osexit,tmpfile" {
		t.Errorf("Override changed the configuration: off %s", got)
	}
}

func TestNoFile(t *testing.T) {
	root := writeTree(t, map[string]string{"go.mod": "module example.com/m\n"})
	c := load(t, root)
	if len(c.Files) != 0 || len(c.Off()) != 0 || c.Excluded(filepath.Join(root, "a.go")) {
		t.Errorf("without a file: %+v", c)
	}
}

func TestMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, sub, text string
		line            int
		want            string
	}{
		{"syntax", "", "analyzers = [\"osexit\"\nexclude = 3\n", 2, "expected a comma"},
		{"unknown key", "", "# comment\nanalyzer = [\"osexit\"]\n", 2, `unknown key "analyzer"`},
		{"unknown analyzer", "", "\n\nanalyzers = [\"-osexti\"]\n", 3, `unknown analyzer "osexti"`},
		{"not a list", "", "exclude = \"legacy\"\n", 1, "exclude must be a list of strings"},
		{"unknown option", "", "[options.osexit]\ncoldstrat = true\n", 2, "unknown option osexit.coldstrat (options of osexit: panic)"},
		{"bad value", "", "[options.osexit]\n\npanic = \"maybe\"\n", 3, `option osexit.panic: parse error: "maybe" is not a boolean`},
		{"options of unknown analyzer", "", "[options.nosuch]\nx = 1\n", 1, `options for unknown analyzer "nosuch"`},
		{"top-level key after a table", "", "analyzers = [\"-tmpfile\"]\n[options.osexit]\npanic = true\nanalyzers = [\"-envvar\"]\n", 4, "unknown option osexit.analyzers (options of osexit: panic); analyzers after [options.osexit] belongs to that table"},
		{"dotted key", "", "[options]\nosexit.panic = true\nosexit.coldstart = true\n", 3, "unknown option osexit.coldstart"},
		{"bad glob", "", "exclude = [\"../x\"]\n", 1, "cannot reach above"},
		{"entry in a subdirectory", "sub", "analyzers = []\nentry = [\"example.com/m.F\"]\n", 2, "entry is module-wide: set it in the fnlint.toml at the module root"},
		{"deploy in a subdirectory", "sub", "\ndeploy = [\"template.yaml\"]\n", 2, "deploy is module-wide: set it in the fnlint.toml at the module root"},
		{"deploy not a list", "", "deploy = \"template.yaml\"\n", 1, "deploy must be a list of strings"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := writeTree(t, map[string]string{
				"go.mod": "module example.com/m\n",
				filepath.ToSlash(filepath.Join(tc.sub, FileName)): tc.text,
			})
			_, err := Load(filepath.Join(root, tc.sub), schema)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Load: %v, want an *Error", err)
			}
			if want := filepath.Join(root, tc.sub, FileName); ce.File != want || ce.Line != tc.line {
				t.Errorf("error at %s:%d, want %s:%d (%v)", ce.File, ce.Line, want, tc.line, err)
			}
			if !strings.Contains(ce.Msg, tc.want) || !strings.HasPrefix(err.Error(), fmt.Sprintf("%s:%d: ", ce.File, ce.Line)) {
				t.Errorf("error %q, want file:line: ...%s...", err, tc.want)
			}
		})
	}
}

func TestGlob(t *testing.T) {
	for _, tc := range []struct {
		pattern, path string
		match         bool
	}{
		{"testdata", "testdata/a/b.go", true},
		{"testdata", "x/testdata/b.go", false},
		{"**/testdata", "x/testdata/b.go", true},
		{"*.pb.go", "a.pb.go", true},
		{"*.pb.go", "sub/a.pb.go", false},
		{"**/*.pb.go", "sub/deep/a.pb.go", true},
		{"a/*/c.go", "a/b/c.go", true},
		{"a/*/c.go", "a/b/x/c.go", false},
		{"a/**/c.go", "a/c.go", true},
	} {
		g := glob{base: "/m", pattern: tc.pattern}
		if got := g.match(filepath.FromSlash("/m/" + tc.path)); got != tc.match {
			t.Errorf("%q matches %q: %v, want %v", tc.pattern, tc.path, got, tc.match)
		}
	}
}
