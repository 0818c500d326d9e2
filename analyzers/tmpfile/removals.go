package tmpfile

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// removals holds the keys (see checker.key) of the paths that code run
// on every invocation removes with os.Remove (exact) or os.RemoveAll
// (tree, and what is under them).
type removals struct {
	exact, tree map[string]bool
}

// invocationRemovals returns what the package's per-invocation code
// removes, wherever in the package it is: a directory made per
// invocation is often kept in a struct's field by a constructor and
// removed by a method of the struct (defer w.Cleanup()), while the
// files under it are written by other methods. A key names a value, not
// a function's variable: a field given one value in the package (the
// constructor's local holding os.MkdirTemp's result) has that value's
// key, so the removal of w.dir in one method and a path joined from the
// same directory in another meet. A key that names a value by its text
// (a path built by fmt.Sprintf) is no identity outside its function and
// is left out.
func (c *checker) invocationRemovals() *removals {
	if c.gone != nil {
		return c.gone
	}
	c.gone = &removals{exact: make(map[string]bool), tree: make(map[string]bool)}
	for _, f := range c.m.Funcs {
		if !f.PerInvocation() {
			continue
		}
		f.Walk(func(cur inspector.Cursor) bool {
			call, ok := cur.Node().(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			if tree, ok := knowledge.RemoveOf(knowledge.Callee(c.pass.TypesInfo, call)); ok {
				k := c.key(call.Args[0], 0)
				if strings.Contains(k, "expr:") {
					// Named by its text, whose variables are those
					// of its function: in another it means another
					// path.
					return true
				}
				c.gone.exact[k] = true
				if tree {
					c.gone.tree[k] = true
				}
			}
			return true
		})
	}
	return c.gone
}

// removedElsewhere reports whether per-invocation code of the package
// removes what has one of keys, or a directory that the path pathArg is
// under.
func (c *checker) removedElsewhere(keys []string, pathArg ast.Expr) bool {
	gone := c.invocationRemovals()
	for _, k := range keys {
		if gone.exact[k] {
			return true
		}
	}
	for k := range c.under(pathArg, 0, make(map[string]bool)) {
		if gone.tree[k] {
			return true
		}
	}
	return false
}

// under adds to keys the key of the path e and those of the directories
// it is known to be under: the first element of a Join, the parent of a
// Dir, and through the single value of a variable or struct field.
func (c *checker) under(e ast.Expr, depth int, keys map[string]bool) map[string]bool {
	if depth > 8 {
		return keys
	}
	keys[c.key(e, 0)] = true
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(c.pass.TypesInfo, e)
		switch {
		case knowledge.IsPathJoin(fn) && len(e.Args) > 0:
			c.under(e.Args[0], depth+1, keys)
		case knowledge.IsPathDir(fn) && len(e.Args) == 1:
			c.above(e.Args[0], depth+1, keys)
		}
	case *ast.Ident, *ast.SelectorExpr:
		if value := c.valueOf(e); value != nil {
			c.under(value, depth+1, keys)
		}
	}
	return keys
}

// above adds to keys those of the directories that the parent of the
// path e is known to be under: for a Join of more than one element,
// what its first element is under.
func (c *checker) above(e ast.Expr, depth int, keys map[string]bool) {
	if depth > 8 {
		return
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if knowledge.IsPathJoin(knowledge.Callee(c.pass.TypesInfo, e)) && len(e.Args) > 1 {
			c.under(e.Args[0], depth+1, keys)
		}
	case *ast.Ident, *ast.SelectorExpr:
		if value := c.valueOf(e); value != nil {
			c.above(value, depth+1, keys)
		}
	}
}

// valueOf returns the single value of the variable or struct field e
// names, or nil.
func (c *checker) valueOf(e ast.Expr) ast.Expr {
	var v *types.Var
	switch e := e.(type) {
	case *ast.Ident:
		v, _ = c.pass.TypesInfo.Uses[e].(*types.Var)
	case *ast.SelectorExpr:
		v = funcmodel.FieldOf(c.pass.TypesInfo, e)
	}
	if v == nil {
		return nil
	}
	return c.m.ValueOf(v)
}
