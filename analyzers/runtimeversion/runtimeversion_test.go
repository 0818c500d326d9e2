package runtimeversion

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

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
		got := judge(fmt.Sprintf("go.mod selects Go 1.%d", tc.minor), tc.minor, day(tc.day))
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("judge(1.%d, %s) = %q, want %q", tc.minor, tc.day, got, tc.want)
		}
		if strings.Contains(got, "fail") && tc.minor > 27 {
			t.Errorf("judge(1.%d, %s) = %q: a version newer than the table is not a failure", tc.minor, tc.day, got)
		}
	}
}
