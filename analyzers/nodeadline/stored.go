package nodeadline

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// storedSibling returns, for call of fn, a method of an interface of
// the module's own (type DynamoDBAPI interface { GetItem(...) }) called
// on a struct field or package-level variable, the sibling that takes a
// context (knowledge.DeadlineSibling) of the method that every value
// the package stores in the field or variable has: the values are the
// AWS SDK's clients (*dynamodb.DynamoDB), whose GetItemWithContext the
// interface leaves out. It returns nil when the values are not all
// known (a constructor's parameter, a value of an interface type, an
// exported field or variable of a package others import, which they may
// give other values), or one of them has no such sibling.
func storedSibling(pass *analysis.Pass, m *funcmodel.Model, call *ast.CallExpr, fn *types.Func) (*types.Func, *types.Named) {
	recv := fn.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) || fn.Pkg() != pass.Pkg {
		return nil, nil
	}
	iface, ok := types.Unalias(recv.Type()).(*types.Named)
	if !ok {
		return nil, nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	var v *types.Var
	switch x := ast.Unparen(sel.X).(type) {
	case *ast.SelectorExpr:
		v = funcmodel.FieldOf(pass.TypesInfo, x)
	case *ast.Ident:
		v, _ = pass.TypesInfo.Uses[x].(*types.Var)
	}
	if v == nil || !v.IsField() && !funcmodel.IsGlobal(v) || v.Pkg() != pass.Pkg {
		return nil, nil
	}
	if v.Exported() && pass.Pkg.Name() != "main" {
		return nil, nil // other packages may store other values
	}
	var sibling *types.Func
	for _, st := range m.Stores(v) {
		if st.Value == nil {
			return nil, nil
		}
		tv := pass.TypesInfo.Types[st.Value]
		if tv.IsNil() {
			continue
		}
		if tv.Type == nil || types.IsInterface(tv.Type) {
			return nil, nil
		}
		obj, _, _ := types.LookupFieldOrMethod(tv.Type, true, pass.Pkg, fn.Name())
		method, ok := obj.(*types.Func)
		if !ok {
			return nil, nil
		}
		s := knowledge.DeadlineSibling(method)
		if s == nil || sibling != nil && s.Name() != sibling.Name() {
			return nil, nil
		}
		sibling = s
	}
	if sibling == nil {
		return nil, nil
	}
	return sibling, iface
}
