package fixtest_test

import (
	"fmt"
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

// rename offers to call strings.Upper, which does not exist, in place
// of strings.ToUpper: a fix whose result parses and is gofmt-clean but
// does not compile.
var rename = &analysis.Analyzer{
	Name:     "rename",
	Doc:      "rename: offers a fix that does not compile",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			fn := typeutil.StaticCallee(pass.TypesInfo, call)
			if fn == nil || fn.FullName() != "strings.ToUpper" {
				continue
			}
			sel := call.Fun.(*ast.SelectorExpr)
			pass.Report(analysis.Diagnostic{
				Pos: call.Pos(), End: call.End(), Message: "call to strings.ToUpper",
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "call strings.Upper",
					TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("Upper")}},
				}},
			})
		}
		return nil, nil
	},
}

type recorder struct {
	*testing.T
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// TestGoldensTypeCheck checks that a golden file that matches the fixed
// text but does not type-check fails, naming the golden file.
func TestGoldensTypeCheck(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), rename, "./upper")
	r := &recorder{T: t}
	fixtest.Goldens(r, results)
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], "upper.go.golden does not type-check") || !strings.Contains(r.errors[0], "Upper") {
		t.Errorf("Goldens reported %q, want one error naming upper.go.golden and strings.Upper", r.errors)
	}
}
