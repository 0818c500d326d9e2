package registration

import (
	_ "embed"
	"fmt"
	"go/ast"
	"path/filepath"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports registrations that the frameworks reject at run time.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:     "registration",
		Doc:      doc,
		Requires: []*analysis.Analyzer{model},
		Run:      func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	duplicateNames(pass, m)
	streamingURLs(pass, m)
	for _, f := range m.Funcs {
		f.Inspect(func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				checkHandler(pass, call)
			}
			return true
		})
	}
	return nil
}

// duplicateNames reports a functions-framework registration of a
// constant name that an earlier one in the package registered: both
// statements of the bodies of init functions, which run in source order
// (files in the order the compiler is given them), unconditionally. A
// main package is a local development server, not the function.
func duplicateNames(pass *analysis.Pass, m *funcmodel.Model) {
	if pass.Pkg.Name() == "main" {
		return // a local development server: the platform never runs it
	}
	first := make(map[string]*ast.CallExpr)
	for _, f := range m.Funcs {
		decl, ok := f.Node.(*ast.FuncDecl)
		if !ok || decl.Recv != nil || decl.Name.Name != "init" || decl.Body == nil {
			continue
		}
		for _, stmt := range decl.Body.List {
			es, ok := stmt.(*ast.ExprStmt)
			if !ok {
				continue
			}
			call, ok := ast.Unparen(es.X).(*ast.CallExpr)
			if !ok {
				continue
			}
			fn := knowledge.Callee(pass.TypesInfo, call)
			if fn == nil {
				continue
			}
			reg, ok := knowledge.RegistrationOf(fn)
			if !ok || !reg.UniqueName || reg.NameArg < 0 || reg.NameArg >= len(call.Args) {
				continue
			}
			arg := call.Args[reg.NameArg]
			name, ok := funcmodel.ConstString(pass.TypesInfo, arg)
			if !ok {
				continue
			}
			prev, seen := first[name]
			if !seen {
				first[name] = call
				continue
			}
			at := pass.Fset.Position(prev.Pos())
			pass.Report(analysis.Diagnostic{
				Pos: arg.Pos(), End: arg.End(),
				Message: fmt.Sprintf("%s registers the name %q again (first at %s:%d): functions-framework-go calls log.Fatalf when a name is already registered, so every instance of the function dies at cold start; give each function its own name",
					knowledge.ShortName(fn), name, filepath.Base(at.Filename), at.Line),
				Related: []analysis.RelatedInformation{{Pos: prev.Pos(), End: prev.End(), Message: fmt.Sprintf("%q first registered here", name)}},
			})
		}
	}
}
