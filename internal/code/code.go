// Package code answers small questions about a package's syntax that
// several analyzers ask, so that each has one answer (after staticcheck's
// analysis/code): which file holds a position, whether an expression
// mentions a variable, whether a write stores only constants.
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

// DeclLine returns the start of the line that declares obj, a position
// that is the same whether obj's package was type-checked from source
// or read from export data (which keeps a declaration's line, not
// always its column), or token.NoPos when obj has no position.
func DeclLine(fset *token.FileSet, obj types.Object) token.Pos {
	pos := obj.Pos()
	tf := fset.File(pos)
	if tf == nil {
		return token.NoPos
	}
	line := tf.Line(pos)
	if line < 1 || line > tf.LineCount() {
		return token.NoPos
	}
	return tf.LineStart(line)
}

// Constants reports whether every expression of es is a constant (a
// typed or untyped constant expression: go/types gives it a value). A
// write of the same constant on every invocation leaks nothing from one
// invocation to the next, and concurrent writes store what is already
// there; procstate and globalmutation both ask it.
func Constants(info *types.Info, es []ast.Expr) bool {
	for _, e := range es {
		if tv, ok := info.Types[e]; !ok || tv.Value == nil {
			return false
		}
	}
	return true
}
