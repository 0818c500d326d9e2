package runtimeversion

import (
	"cmp"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/runner"
)

// TestRuntimeVersion runs the analyzer on each testdata module as fnlint
// ./... does, through fnlint's driver, which de-duplicates identical
// diagnostics of a module's packages: its finding sits in go.mod, which
// analysistest does not read. Each // want `regexp` comment, in go.mod
// or a Go file, expects one finding on its line, and nothing else is
// reported.
func TestRuntimeVersion(t *testing.T) {
	for _, tc := range []struct {
		module, today string
	}{
		// On 2024-06-01 go120 is deprecated but not yet decommissioned.
		{"go111", "2024-06-01"},
		{"go116", "2024-06-01"},
		{"go120", "2024-06-01"},
		{"go125", "2024-06-01"},
		{"go126", "2024-06-01"},
		{"go117", "2024-06-01"},
		{"lambda126", "2030-01-01"},
		{"silenced", "2024-06-01"},
		// Three packages declare entry points; go126's deprecation,
		// given as February or March 2027, has surely passed in May.
		{"multi", "2027-05-01"},
	} {
		t.Run(tc.module, func(t *testing.T) {
			a := New(funcmodel.Analyzer)
			if err := a.Flags.Set("today", tc.today); err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(analysistest.TestData(), tc.module)
			cfg := packages.Config{Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
			findings, errs, err := runner.Run(cfg, []string{"./..."}, []*analysis.Analyzer{a})
			if err != nil || len(errs) > 0 {
				t.Fatalf("run: %v %v", err, errs)
			}
			checkWants(t, dir, findings)
		})
	}
}

var wantComment = regexp.MustCompile("// want `([^`]*)`")

// checkWants compares the findings with the // want comments of the
// files under dir.
func checkWants(t *testing.T, dir string, findings []runner.Finding) {
	t.Helper()
	type line struct {
		file string
		line int
	}
	wants := make(map[line]*regexp.Regexp)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") && d.Name() != "go.mod" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, text := range strings.Split(string(data), "\n") {
			if m := wantComment.FindStringSubmatch(text); m != nil {
				wants[line{path, i + 1}] = regexp.MustCompile(m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range findings {
		p := f.Position()
		k := line{p.Filename, p.Line}
		if re := wants[k]; re != nil && re.MatchString(f.Message) {
			delete(wants, k)
			continue
		}
		t.Errorf("%s: unexpected finding: %s", rel(dir, p), f.Message)
	}
	missing := slices.Collect(maps.Keys(wants))
	slices.SortFunc(missing, func(a, b line) int { return cmp.Or(strings.Compare(a.file, b.file), a.line-b.line) })
	for _, k := range missing {
		t.Errorf("%s:%d: no finding matched %q", rel(dir, token.Position{Filename: k.file}), k.line, wants[k])
	}
}

func rel(dir string, p token.Position) string {
	if r, err := filepath.Rel(dir, p.Filename); err == nil {
		p.Filename = r
	}
	return p.String()
}

// TestDirective checks where the finding goes: the go directive of the
// module's go.mod, or, when the driver does not say where go.mod is (go
// vet before Go 1.27) or go.mod has no go directive, nowhere in go.mod.
func TestDirective(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	fset := token.NewFileSet()
	withGo := write("go.mod", "module example.com/m\n\n//fnlint:ignore runtimeversion\ngo 1.16\n")
	d, ok := directive(fset, withGo)
	if !ok {
		t.Fatal("no go directive found")
	}
	if p := fset.Position(d.pos); p.Line != 4 || p.Column != 1 || fset.Position(d.end).Column != 8 {
		t.Errorf("go directive at %s-%s, want go.mod:4:1-4:8", p, fset.Position(d.end))
	}
	if d.silenced {
		t.Error("a directive without a reason silenced the finding")
	}
	without := write("nogo.mod", "module example.com/m\n")
	if _, ok := directive(fset, without); ok {
		t.Error("a go.mod without a go directive has one")
	}
	if _, ok := directive(fset, filepath.Join(dir, "missing.mod")); ok {
		t.Error("a missing go.mod has a go directive")
	}
}

func TestJudge(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		minor int
		day   string
		want  string // a substring, or "" for no diagnostic
	}{
		{20, "2024-04-30", ""},
		{20, "2024-05-01", "deprecated since 2024-05-01"},
		{20, "2025-05-01", "decommissioned on 2025-05-01, so deployments fail"},
		{11, "2021-02-01", "decommissioned on 2021-02"},
		{11, "2021-01-31", "deprecated since 2020-08-05"},
		{25, "2030-01-01", ""},
		{15, "2026-01-01", ""},
		// The newest rows: ranges of months.
		{26, "2026-12-01", ""},
		{26, "2027-01-31", ""},
		{26, "2027-02-01", "go126 is deprecated between 2027-02 and 2027-03 (the platform gives no day)"},
		{26, "2027-03-31", "(the platform gives no day), and then gets no security updates; it is decommissioned between 2027-08 and 2027-09"},
		{26, "2027-04-01", "go126 is deprecated since 2027-02 or 2027-03 and gets no security updates"},
		{26, "2027-08-15", "go126 is decommissioned between 2027-08 and 2027-09 (the platform gives no day), after which deployments fail"},
		{26, "2027-10-01", "was deprecated between 2027-02 and 2027-03 and decommissioned between 2027-08 and 2027-09, so deployments fail; fnlint's runtime table is from 2026-12"},
		{27, "2026-12-01", ""},
		// The newest runtime of the table deprecated: no runtime to name.
		{27, "2028-04-01", "decommissioned between 2028-02 and 2028-03, so deployments fail; fnlint's runtime table is from 2026-12: move to a runtime the platform's runtime list supports"},
		// Newer than the table: a question, not a failure.
		{28, "2020-01-01", "go.mod selects Go 1.28, newer than go127, the newest runtime fnlint knows; fnlint's runtime table is from 2026-12: check the platform's runtime list for go128 before deploying"},
	} {
		got := judge(tc.minor, day(tc.day))
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("judge(1.%d, %s) = %q, want %q", tc.minor, tc.day, got, tc.want)
		}
		if strings.Contains(got, "fail") && tc.minor > 27 {
			t.Errorf("judge(1.%d, %s) = %q: a version newer than the table is not a failure", tc.minor, tc.day, got)
		}
	}
	for v, want := range map[string]int{"go1.21.0": 21, "go1.22rc1": 22, "1.26.3": 26, "go1.27": 27, "1.9": 9} {
		if m, ok := goMinor(v); !ok || m != want {
			t.Errorf("goMinor(%q) = %d, %v, want %d", v, m, ok, want)
		}
	}
	if _, ok := goMinor("devel"); ok {
		t.Error(`goMinor("devel") succeeded`)
	}
}
