// Package fixtest checks the suggested fixes of analysistest results
// against their golden files as fnlint -fix applies them: the edits
// exactly as the fixes give them, then fixes.FormatChanged, with no
// clean-up of imports or layout of analysistest's own, which would hide
// a fix that leaves an import unused or a file that gofmt -l lists.
package fixtest

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/internal/fixes"
)

// Goldens applies the first suggested fix of every diagnostic of the
// results, file by file (an edit that several fixes share counts once),
// and checks that the golden file is gofmt-clean and that the result
// equals it byte for byte; for a file that was not gofmt-clean, whose
// layout the fixes keep, the result after gofmt does. A file without a
// golden file is skipped. With FIXTEST_UPDATE=1 in the environment, it
// rewrites the golden files instead.
func Goldens(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	for _, r := range results {
		fset := r.Action.Package.Fset
		byFile := make(map[*token.File][]analysis.TextEdit)
		for _, d := range r.Action.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			for _, e := range d.SuggestedFixes[0].TextEdits {
				tf := fset.File(e.Pos)
				byFile[tf] = append(byFile[tf], e)
			}
		}
		for tf, edits := range byFile {
			golden, err := os.ReadFile(tf.Name() + ".golden")
			if err != nil {
				continue
			}
			src, err := os.ReadFile(tf.Name())
			if err != nil {
				t.Fatal(err)
			}
			raw, err := Apply(tf, src, edits)
			if err != nil {
				t.Errorf("%s: %v", tf.Name(), err)
				continue
			}
			if formatted, err := format.Source(golden); err != nil || !bytes.Equal(formatted, golden) {
				t.Errorf("%s.golden is not gofmt-clean (%v)", tf.Name(), err)
			}
			fixed := fixes.FormatChanged(src, raw)
			if !gofmtClean(src) {
				// The fixes keep the layout of a file that was not
				// gofmt-clean: the golden file is its gofmt'd version.
				fixed, err = format.Source(fixed)
				if err != nil {
					t.Errorf("%s: the fixed file does not parse: %v", tf.Name(), err)
					continue
				}
			} else if !gofmtClean(fixed) {
				t.Errorf("%s: the fixed file is not gofmt-clean:\n%s", tf.Name(), fixed)
			}
			if os.Getenv("FIXTEST_UPDATE") != "" {
				if err := os.WriteFile(tf.Name()+".golden", fixed, 0o644); err != nil {
					t.Fatal(err)
				}
				golden = fixed
			}
			if !bytes.Equal(fixed, golden) {
				t.Errorf("%s: the fixed file differs from its golden file:\n%s", tf.Name(), fixed)
			}
		}
	}
}

// gofmtClean reports whether gofmt leaves src as it is.
func gofmtClean(src []byte) bool {
	formatted, err := format.Source(src)
	return err == nil && bytes.Equal(formatted, src)
}

// Apply applies edits to src, as the drivers do; identical edits (of
// several diagnostics sharing a fix) count once.
func Apply(tf *token.File, src []byte, edits []analysis.TextEdit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End), bytes.Compare(a.NewText, b.NewText))
	})
	edits = slices.CompactFunc(edits, func(a, b analysis.TextEdit) bool {
		return a.Pos == b.Pos && a.End == b.End && bytes.Equal(a.NewText, b.NewText)
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		if !e.End.IsValid() {
			end = start
		}
		if start < last {
			return nil, fmt.Errorf("overlapping edits at offset %d", start)
		}
		out.Write(src[last:start])
		out.Write(e.NewText)
		last = end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}
