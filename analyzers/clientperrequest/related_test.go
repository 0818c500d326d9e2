package clientperrequest_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/clientperrequest"
)

// TestRelated checks the reporting rule: a finding lies at the call in
// the function's code that creates the client, where the fix goes; the
// helper that creates it and the entry point that runs the call are
// its Related positions.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), clientperrequest.Analyzer, "./awsfn")
	found := false
	for _, r := range results {
		fset := r.Action.Package.Fset
		for _, d := range r.Action.Diagnostics {
			if !strings.HasPrefix(d.Message, "calls awsutil.New,") {
				continue
			}
			found = true
			if got := filepath.Base(fset.Position(d.Pos).Filename); got != "main.go" {
				t.Errorf("finding at %s, want the call in main.go", got)
			}
			if len(d.Related) != 2 {
				t.Fatalf("Related = %v, want the helper and the entry point", d.Related)
			}
			helper := fset.Position(d.Related[0].Pos)
			if filepath.Base(helper.Filename) != "awsutil.go" || d.Related[0].Message != "awsutil.New calls session.NewSession, creating the client" {
				t.Errorf("Related[0] = %s %q, want awsutil.New's declaration in awsutil.go", helper, d.Related[0].Message)
			}
			entry := fset.Position(d.Related[1].Pos)
			if filepath.Base(entry.Filename) != "main.go" || !strings.HasPrefix(d.Related[1].Message, "entry point") {
				t.Errorf("Related[1] = %s %q, want the registration in main.go", entry, d.Related[1].Message)
			}
		}
	}
	if !found {
		t.Fatal("no finding at the call of awsutil.New")
	}
}
