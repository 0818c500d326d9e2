package clientperrequest

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// onceFlagged reports whether the node n of f runs only until f sets a
// package-level flag: a statement of f's body before n returns when the
// flag is true (if fetched { return }), and f sets it to true. That is
// an initialization made once per instance by hand (the retried lazy
// fill: the flag is set after the work succeeds), which the function's
// phase does not show.
func onceFlagged(info *types.Info, f *funcmodel.Func, n ast.Node) bool {
	body := f.Body()
	if body == nil {
		return false
	}
	for _, st := range body.List {
		if st.End() > n.Pos() {
			return false
		}
		flag := returnsIfFlag(info, st)
		if flag != nil && setsTrue(info, f, flag) {
			return true
		}
	}
	return false
}

// returnsIfFlag returns the package-level boolean variable v when st is
// if v { return ... }, or nil.
func returnsIfFlag(info *types.Info, st ast.Stmt) *types.Var {
	is, ok := st.(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
		return nil
	}
	if _, ok := is.Body.List[0].(*ast.ReturnStmt); !ok {
		return nil
	}
	v, ok := ast.Unparen(is.Cond).(*ast.Ident)
	if !ok {
		return nil
	}
	flag, ok := info.Uses[v].(*types.Var)
	if !ok || !funcmodel.IsGlobal(flag) || !types.Identical(flag.Type().Underlying(), types.Typ[types.Bool]) {
		return nil
	}
	return flag
}

// setsTrue reports whether f assigns true to the variable v.
func setsTrue(info *types.Info, f *funcmodel.Func, v *types.Var) bool {
	found := false
	f.Inspect(func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return !found
		}
		for i, lhs := range as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || info.Uses[id] != v {
				continue
			}
			if tv := info.Types[as.Rhs[i]]; tv.Value != nil && constant.BoolVal(tv.Value) {
				found = true
			}
		}
		return true
	})
	return found
}
