package funcmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// IsGlobal reports whether v is a package-level variable (of any
// package).
func IsGlobal(v *types.Var) bool {
	return v != nil && v.Pkg() != nil && !v.IsField() && v.Parent() == v.Pkg().Scope()
}

// RootVar returns the variable at the root of an expression that
// denotes storage: x, x.f, x[i], *x, pkg.V (a package-qualified
// variable), through parentheses; or nil.
func RootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(x).(*types.Var)
			return v
		case *ast.SelectorExpr:
			if _, ok := info.Selections[x]; !ok {
				v, _ := info.Uses[x.Sel].(*types.Var) // pkg.V
				return v
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// ConstString returns the value of a constant string expression.
func ConstString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// StoredInGlobal reports whether call, in f, is the value of an
// assignment to a package-level variable or a field of one (client, err
// = ...), or of a local variable that f stores, as it is, into one
// (c, err := ...; if err != nil { return }; client = c): the lazily
// filled cache written in two steps so that a failure is not cached; or
// that f stores wrapped, as an argument of a call or an element of a
// composite literal whose value it assigns to one (entities =
// kgsearch.NewEntitiesService(svc); srv = &server{db: db}): the client
// is kept all the same; and so through other locals that hold it (cfg
// loaded, a client built from it in c, c stored into a map). A variable that f also closes (client.Close(),
// deferred or not) keeps nothing: the client lives for one invocation.
func StoredInGlobal(info *types.Info, f *Func, call *ast.CallExpr, parent ast.Node) bool {
	as, ok := parent.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return false
	}
	client := as.Lhs[0] // the constructor's first result is the client
	if v := RootVar(info, client); v != nil && IsGlobal(v) {
		return as.Tok == token.ASSIGN && !closes(info, f, v)
	}
	id := identOf(client)
	if id == nil {
		return false
	}
	local, ok := info.ObjectOf(id).(*types.Var)
	if !ok || IsGlobal(local) {
		return false
	}
	if closes(info, f, local) {
		return false
	}
	// The locals that hold the client, as it is or wrapped: the cache
	// may be filled through more than one (cfg, err := ...; c =
	// s3.NewFromConfig(cfg); clients[region] = c).
	held := map[*types.Var]bool{local: true}
	for work := []*types.Var{local}; len(work) > 0; {
		v := work[0]
		work = work[1:]
		stored := false
		f.Inspect(func(n ast.Node) bool {
			st, ok := n.(*ast.AssignStmt)
			if !ok || len(st.Lhs) != len(st.Rhs) || stored {
				return !stored
			}
			for i, rhs := range st.Rhs {
				if !holds(info, rhs, v) {
					continue
				}
				if to := RootVar(info, st.Lhs[i]); to != nil && IsGlobal(to) && st.Tok == token.ASSIGN {
					stored = true
				} else if id := identOf(st.Lhs[i]); to != nil && id != nil && !held[to] && !closes(info, f, to) {
					held[to] = true
					work = append(work, to)
				}
			}
			return true
		})
		if stored {
			return true
		}
	}
	return false
}

// closes reports whether f calls the Close method of the variable v (or
// of a field of it).
func closes(info *types.Info, f *Func, v *types.Var) bool {
	found := false
	f.Inspect(func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Close" && RootVar(info, sel.X) == v {
			found = true
		}
		return true
	})
	return found
}

// holds reports whether the value of e is the variable v, or is built
// from it: a call given v as an argument, or a composite literal (or
// its address) with v as an element, at any depth of such wrapping.
func holds(info *types.Info, e ast.Expr, v *types.Var) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.Uses[e] == v
	case *ast.CallExpr:
		for _, arg := range e.Args {
			if holds(info, arg, v) {
				return true
			}
		}
	case *ast.UnaryExpr:
		return e.Op == token.AND && holds(info, e.X, v)
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if holds(info, elt, v) {
				return true
			}
		}
	}
	return false
}

// identOf returns e, without parentheses, as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// ClientUse returns the cursor of the expression that holds the client
// the constructor call at c creates: the call itself, or the outermost
// of the pass-through calls given it as their first argument
// (session.Must(session.NewSession())), whose result is the same client.
func ClientUse(info *types.Info, c inspector.Cursor) inspector.Cursor {
	use := c
	for {
		wrap, ok := use.Parent().Node().(*ast.CallExpr)
		if !ok || len(wrap.Args) == 0 || wrap.Args[0] != use.Node() {
			return use
		}
		if w := knowledge.Callee(info, wrap); w == nil || !knowledge.IsClientPassThrough(w) {
			return use
		}
		use = use.Parent()
	}
}
