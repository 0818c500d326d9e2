// Package code answers small questions about a package's syntax that
// several analyzers ask, so that each has one answer (after staticcheck's
// analysis/code): which file holds a position, whether an expression
// mentions a variable.
package code

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// File returns the file of the package that holds pos, or nil.
func File(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return f
		}
	}
	return nil
}

// Mentions reports whether n refers to obj: whether some identifier in
// it, function literals included, is a use of obj. The identifier that
// declares obj (the left of x := ...) is not a use; the left of a plain
// assignment (x = ...) is.
func Mentions(info *types.Info, n ast.Node, obj types.Object) bool {
	if n == nil || obj == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}
