package runtimeversion

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/analysistest"
)

func TestRuntimeVersion(t *testing.T) {
	// On 2024-06-01 go120 is deprecated but not yet decommissioned.
	if err := Analyzer.Flags.Set("today", "2024-06-01"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = Analyzer.Flags.Set("today", "") })
	for _, module := range []string{"go111", "go116", "go120", "go125", "go126", "go117", "lambda126"} {
		t.Run(module, func(t *testing.T) {
			analysistest.Run(t, filepath.Join(analysistest.TestData(), module), Analyzer, "./...")
		})
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
		{27, "2020-01-01", "newer than any runtime"},
		{15, "2026-01-01", ""},
	} {
		got := judge(tc.minor, day(tc.day))
		if tc.want == "" && got != "" || tc.want != "" && !contains(got, tc.want) {
			t.Errorf("judge(1.%d, %s) = %q, want %q", tc.minor, tc.day, got, tc.want)
		}
	}
	if _, ok := goMinor("go1.21.0"); !ok {
		t.Error("goMinor(go1.21.0) failed")
	}
	if m, _ := goMinor("go1.22rc1"); m != 22 {
		t.Errorf("goMinor(go1.22rc1) = %d", m)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
