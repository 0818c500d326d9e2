// Package defuse answers, for the local variables of one function
// declaration, what values they are given: a flow-insensitive def-use
// look-up without SSA, the one that every rule proving a value's origin
// by following it back through local variables reads (recursivetrigger,
// wholeobject, and model/ctxorigin for contexts). A variable's values
// are every assignment, declaration, range and tuple that gives it one,
// in the order met; those it cannot see (a compound assignment, x++, a
// range over a channel, a value bound by a type switch or a select
// case) are there too, not followed. Whether the variable's address is
// taken (a pointer may give it values not seen) is answered apart:
// each rule decides whether a pointer that reads the variable (the AWS
// SDK's Bucket: &bucket) may write it too.
package defuse

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A Def is the value given to a local variable.
type Def struct {
	// Value is the expression given: the right-hand side, the call of a
	// tuple assignment or declaration (x, err := f(); var x, err =
	// f()), or the ranged expression of a range loop's value; nil for a
	// value not followed.
	Value ast.Expr
	// Index is, for a tuple assignment or declaration, the result of
	// the call the variable takes; -1 otherwise.
	Index int
	// Elem reports that the variable takes an element of Value: the
	// value of a range loop over a slice, array or map.
	Elem bool
}

// Locals holds the values given to the local variables of one function
// declaration (its literals included, which may assign the variables
// they capture).
type Locals struct {
	defs map[*types.Var][]Def
	addr map[*types.Var]bool // variables whose address is taken
}

// opaque marks a value that is not followed.
var opaque = Def{Index: -1}

// Of returns the values given to the local variables declared in body,
// a function's body.
func Of(info *types.Info, body *ast.BlockStmt) *Locals {
	l := &Locals{defs: make(map[*types.Var][]Def), addr: make(map[*types.Var]bool)}
	if body == nil {
		return l
	}
	add := func(e ast.Expr, d Def) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return
		}
		if v, ok := info.ObjectOf(id).(*types.Var); ok && !v.IsField() && (v.Pkg() == nil || v.Parent() != v.Pkg().Scope()) {
			l.defs[v] = append(l.defs[v], d)
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			switch {
			case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
				for _, lhs := range n.Lhs {
					add(lhs, opaque)
				}
			case len(n.Lhs) == len(n.Rhs):
				for i, lhs := range n.Lhs {
					add(lhs, Def{Value: n.Rhs[i], Index: -1})
				}
			default:
				call, isCall := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
				for i, lhs := range n.Lhs {
					if isCall {
						add(lhs, Def{Value: call, Index: i})
					} else {
						add(lhs, opaque) // v, ok := m[k], x.(T), <-ch
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				switch {
				case len(n.Values) == len(n.Names):
					add(id, Def{Value: n.Values[i], Index: -1})
				case len(n.Values) == 1:
					if call, ok := ast.Unparen(n.Values[0]).(*ast.CallExpr); ok {
						add(id, Def{Value: call, Index: i})
						continue
					}
					add(id, opaque)
				default:
					add(id, opaque) // var x T: the zero value, then assigned
				}
			}
		case *ast.IncDecStmt:
			add(n.X, opaque)
		case *ast.RangeStmt:
			if n.Key != nil {
				add(n.Key, opaque)
			}
			if n.Value != nil {
				var under types.Type
				if t := info.TypeOf(n.X); t != nil {
					under = t.Underlying()
				}
				switch under.(type) {
				case *types.Slice, *types.Array, *types.Map:
					add(n.Value, Def{Value: n.X, Index: -1, Elem: true})
				default:
					add(n.Value, opaque)
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				if v, ok := info.ObjectOf(id).(*types.Var); ok {
					l.addr[v] = true
				}
			}
		case *ast.TypeSwitchStmt, *ast.SelectStmt:
			ast.Inspect(n, func(m ast.Node) bool {
				if as, ok := m.(*ast.AssignStmt); ok {
					for _, lhs := range as.Lhs {
						add(lhs, opaque)
					}
				}
				return true
			})
		}
		return true
	})
	return l
}

// Single returns the one value given to the local variable v, when it
// is given exactly one, that one is followed, and v's address is not
// taken (a pointer may write it).
func (l *Locals) Single(v *types.Var) (Def, bool) {
	if l.addr[v] {
		return Def{}, false
	}
	return l.SingleAddressed(v)
}

// SingleAddressed is Single for a variable whose address may be taken
// to be read through, as the AWS SDK's inputs take strings (Bucket:
// &bucket): a write through the pointer is not seen.
func (l *Locals) SingleAddressed(v *types.Var) (Def, bool) {
	defs := l.defs[v]
	if len(defs) != 1 || defs[0].Value == nil {
		return Def{}, false
	}
	return defs[0], true
}

// Defined reports whether v is a local variable of the declaration
// (given at least one value in its body). A parameter whose address is
// taken alone is not: see Addressed.
func (l *Locals) Defined(v *types.Var) bool { return len(l.defs[v]) > 0 }

// Defs returns every value given to v in the body, in the order met:
// those not followed have a nil Value.
func (l *Locals) Defs(v *types.Var) []Def { return l.defs[v] }

// Addressed reports whether v's address is taken in the body (&v): a
// pointer may give it values that Defs does not hold.
func (l *Locals) Addressed(v *types.Var) bool { return l.addr[v] }
