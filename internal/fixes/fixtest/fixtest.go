// Package fixtest checks the suggested fixes of analysistest results
// against their golden files as fnlint -fix applies them: the edits
// exactly as the fixes give them, then fixes.FormatChanged, with no
// clean-up of imports or layout of analysistest's own, which would hide
// a fix that leaves an import unused or a file that gofmt -l lists.
package fixtest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/fixes"
)

// Goldens applies the first suggested fix of every diagnostic of the
// results, file by file (an edit that several fixes share counts once),
// and checks that the golden file is gofmt-clean and that the result
// equals it byte for byte; for a file that was not gofmt-clean, whose
// layout the fixes keep, the result after gofmt does. A file without a
// golden file is skipped. Each package whose files have goldens is then
// parsed and type-checked with the golden files in place of the files
// they fix, against the very packages the test package imports, so that
// a fix that leaves code which does not compile fails, naming the golden
// file. With FIXTEST_UPDATE=1 in the environment, it rewrites the golden
// files instead.
func Goldens(t Testing, results []*analysistest.Result) {
	t.Helper()
	for _, r := range results {
		fset := r.Action.Package.Fset
		goldens := make(map[*token.File][]byte)
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
			goldens[tf] = golden
		}
		if len(goldens) > 0 {
			if err := TypeCheck(r.Action.Package, goldens); err != nil {
				t.Errorf("%v", err)
			}
		}
	}
}

// TypeCheck parses and type-checks pkg with the files of pkg.Fset in
// replaced given the text they map to, against the packages pkg itself
// imports; an error names the file it is about, a replaced file by its
// name plus ".golden", as Goldens reads it.
func TypeCheck(pkg *packages.Package, replaced map[*token.File][]byte) error {
	return typeCheck(pkg, replaced, ".golden")
}

// typeCheck is TypeCheck, naming a replaced file by its name plus
// suffix.
func typeCheck(pkg *packages.Package, replaced map[*token.File][]byte, suffix string) error {
	imported := make(map[string]*types.Package)
	packages.Visit([]*packages.Package{pkg}, nil, func(p *packages.Package) {
		if p != pkg {
			imported[p.PkgPath] = p.Types
		}
	})
	imp := importerFunc(func(path string) (*types.Package, error) {
		if p := imported[path]; p != nil {
			return p, nil
		}
		return nil, fmt.Errorf("%s is not imported by %s", path, pkg.PkgPath)
	})
	fset := token.NewFileSet()
	var files []*ast.File
	for _, f := range pkg.Syntax {
		tf := pkg.Fset.File(f.Pos())
		name := tf.Name()
		src, ok := replaced[tf]
		if ok {
			name += suffix
		} else {
			var err error
			if src, err = os.ReadFile(name); err != nil {
				return err
			}
		}
		file, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("%s does not parse: %w", name, err)
		}
		files = append(files, file)
	}
	var first error
	conf := types.Config{
		Importer:  imp,
		GoVersion: pkg.Types.GoVersion(),
		Sizes:     pkg.TypesSizes,
		Error: func(err error) {
			if first == nil {
				first = err
			}
		},
	}
	_, _ = conf.Check(pkg.PkgPath, fset, files, nil) // the first error is in first
	if first == nil {
		return nil
	}
	var te types.Error
	if errors.As(first, &te) {
		// Positions as they are in the file, not as a //line
		// directive names them.
		p := te.Fset.PositionFor(te.Pos, false)
		return fmt.Errorf("%s does not type-check: %s: %s", p.Filename, p, te.Msg)
	}
	return fmt.Errorf("%s does not type-check: %w", pkg.PkgPath, first)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// Testing is the part of *testing.T that Goldens uses.
type Testing interface {
	Helper()
	Errorf(format string, args ...any)
	Fatal(args ...any)
}

var _ Testing = (*testing.T)(nil)

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
