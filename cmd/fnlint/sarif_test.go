package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// TestSARIF writes the sample module's findings as SARIF and validates
// the log against the SARIF 2.1.0 schema (embedded in go-sarif).
func TestSARIF(t *testing.T) {
	dir := sampleCopy(t) // outside any git repository: paths are relative to it
	stdout, stderr, status := run(t, dir, binary, "-sarif", "./...")
	if status != 0 {
		t.Fatalf("-sarif exit status %d; stderr:\n%s", status, stderr)
	}
	report, err := sarif.FromBytes([]byte(stdout))
	if err != nil {
		t.Fatalf("the output is not SARIF: %v", err)
	}
	if err := report.Validate(); err != nil {
		t.Fatalf("the output does not validate against the SARIF 2.1.0 schema: %v", err)
	}
	if len(report.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(report.Runs))
	}
	run := report.Runs[0]
	rules := make(map[string]bool)
	for _, r := range run.Tool.Driver.Rules {
		if r.HelpURI == nil || !strings.HasPrefix(*r.HelpURI, "https://") {
			t.Errorf("rule %s has no help URL", *r.ID)
		}
		rules[*r.ID] = true
	}
	for _, name := range []string{"osexit", "backgroundwork", "missingresponse", "ignoredirective"} {
		if !rules[name] {
			t.Errorf("no rule for analyzer %s", name)
		}
	}
	if len(run.Results) != 17 {
		t.Errorf("%d results, want the sample's 17", len(run.Results))
	}
	fixes := 0
	for _, res := range run.Results {
		if !rules[*res.RuleID] {
			t.Errorf("result for unknown rule %s", *res.RuleID)
		}
		uri := *res.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if uri != "function.go" && uri != "internal/handlers/handlers.go" {
			t.Errorf("result at %q, want a path relative to the root (function.go, internal/handlers/handlers.go)", uri)
		}
		if res.Locations[0].PhysicalLocation.Region.StartLine == nil {
			t.Errorf("result without a region: %s", *res.Message.Text)
		}
		fixes += len(res.Fixes)
	}
	if fixes == 0 {
		t.Error("no result carries the osexit fix")
	}
}

// TestSARIFColumns: the log declares UTF-16 columns and writes them.
func TestSARIFColumns(t *testing.T) {
	dir := sampleCopy(t)
	path := filepath.Join(dir, "function.go")
	src, _ := os.ReadFile(path)
	if err := os.WriteFile(path, []byte(strings.Replace(string(src), fatalLine, unicodeLine, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, status := run(t, dir, binary, "-sarif", "./...")
	if status != 0 {
		t.Fatalf("-sarif exit status %d; stderr:\n%s", status, stderr)
	}
	report, err := sarif.FromBytes([]byte(stdout))
	if err != nil {
		t.Fatal(err)
	}
	run := report.Runs[0]
	if run.ColumnKind == nil || *run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %v, want utf16CodeUnits", run.ColumnKind)
	}
	found := false
	for _, res := range run.Results {
		if !strings.HasPrefix(*res.Message.Text, "log.Fatal terminates") || *res.Locations[0].PhysicalLocation.ArtifactLocation.URI != "function.go" {
			continue
		}
		found = true
		r := res.Locations[0].PhysicalLocation.Region
		// 1-based: after \t\t, log.Print(", größe (5 units), a space, 😀 (2 units), "); and a space.
		const col = 1 + 2 + 11 + 5 + 1 + 2 + 4
		if *r.StartLine != 68 || *r.StartColumn != col || *r.EndColumn != col+len(`log.Fatal("x")`) {
			t.Errorf("log.Fatal at %d:%d-%d, want 68:%d-%d", *r.StartLine, *r.StartColumn, *r.EndColumn, col, col+len(`log.Fatal("x")`))
		}
		del := res.Fixes[0].ArtifactChanges[0].Replacements[0].DeletedRegion
		if *del.StartColumn != col {
			t.Errorf("the fix deletes from column %d, want %d", *del.StartColumn, col)
		}
	}
	if !found {
		t.Error("no result for log.Fatal")
	}
}
