// Package relatedtest checks, in analyzers' tests, the related
// positions of their diagnostics, which analysistest's // want
// comments do not see.
package relatedtest

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// Lines returns one line for each diagnostic of results that has
// related positions: "file.go:LINE -> file.go:LINE: message", with a
// " -> ..." for each related position, in order, and base file names;
// the lines sorted.
func Lines(results []*analysistest.Result) []string {
	var lines []string
	for _, r := range results {
		fset := r.Pass.Fset
		for _, d := range r.Diagnostics {
			if len(d.Related) == 0 {
				continue
			}
			p := fset.Position(d.Pos)
			line := fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
			for _, rel := range d.Related {
				q := fset.Position(rel.Pos)
				line += fmt.Sprintf(" -> %s:%d: %s", filepath.Base(q.Filename), q.Line, rel.Message)
			}
			lines = append(lines, line)
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// Check fails t unless the related lines of results (see Lines) are
// exactly want.
func Check(t *testing.T, results []*analysistest.Result, want ...string) {
	t.Helper()
	got := Lines(results)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("related positions:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
