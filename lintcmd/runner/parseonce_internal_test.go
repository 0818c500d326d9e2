package runner

import (
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestParseOnce: a package and its test variant list the same file; the
// loader parses it once and both packages hold the same *ast.File, each
// type-checked on its own (its own types.Info), with one token.File for
// it in the FileSet.
func TestParseOnce(t *testing.T) {
	dir := t.TempDir()
	fn := filepath.Join(dir, "fn.go")
	test := filepath.Join(dir, "fn_test.go")
	for name, src := range map[string]string{
		fn:   "package fn\n\nfunc F() int { return 1 }\n",
		test: "package fn\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) { _ = F() }\n",
	} {
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mod := &packages.Module{Path: "example.com/fn", Main: true, Dir: dir}
	testingPkg := &packages.Package{ID: "testing", PkgPath: "testing", Name: "testing"}
	p := &packages.Package{
		ID: "example.com/fn", PkgPath: "example.com/fn", Name: "fn", Dir: dir,
		GoFiles: []string{fn}, CompiledGoFiles: []string{fn}, Module: mod,
	}
	variant := &packages.Package{
		ID: "example.com/fn [example.com/fn.test]", PkgPath: "example.com/fn", Name: "fn", Dir: dir,
		GoFiles: []string{fn, test}, CompiledGoFiles: []string{fn, test}, Module: mod,
		Imports: map[string]*packages.Package{"testing": testingPkg},
	}
	fset := token.NewFileSet()
	makePlan([]*packages.Package{p, variant}, nil, nil, nil).load(packages.Config{Fset: fset}, newSources())
	if len(p.Syntax) != 1 || len(variant.Syntax) != 2 {
		t.Fatalf("syntax: %d and %d files, want 1 and 2 (errors %v %v)", len(p.Syntax), len(variant.Syntax), p.Errors, variant.Errors)
	}
	if p.Syntax[0] != variant.Syntax[0] {
		t.Errorf("fn.go parsed twice: the package and its test variant hold different *ast.File values")
	}
	if p.TypesInfo == nil || variant.TypesInfo == nil || p.TypesInfo == variant.TypesInfo || p.Types == variant.Types {
		t.Errorf("the package and its test variant must be type-checked separately")
	}
	files := 0
	fset.Iterate(func(f *token.File) bool {
		if f.Name() == fn {
			files++
		}
		return true
	})
	if files != 1 {
		t.Errorf("fn.go is in the FileSet %d times, want once", files)
	}
}
