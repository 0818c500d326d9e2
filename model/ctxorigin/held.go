package ctxorigin

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// Held is what a struct field or package-level variable of type
// context.Context holds, as the effect engine follows it
// (effects.FollowHeld) and as its fact (effects.HeldFact[Held]) says: a
// root, or a detached context.
type Held struct {
	Kind    Kind   // Root or Detached
	Name    string // for a Root, how it is written in messages: "context.Background()"
	Derived bool   // derived from the root rather than the root itself

	root *ast.CallExpr // the root call first met, when it is in this package
	held *types.Var    // the field or variable first met that holds it
}

func (Held) Label() string { return "context" }

func (h Held) String() string {
	if h.Kind == Detached {
		return "a detached context"
	}
	return h.Name
}

// heldSpec is the kind of value the Tracer follows through fields and
// package-level variables: contexts.
func (t *Tracer) heldSpec() effects.HeldSpec[Held] {
	return effects.HeldSpec[Held]{
		Follow: func(v *types.Var) bool { return IsContext(v.Type()) },
		Of: func(f *funcmodel.Func, e ast.Expr) effects.Value[Held] {
			o := t.of(f, e, make(map[*types.Var]bool))
			switch o.Kind {
			case cycle:
				return effects.Value[Held]{Kind: effects.Cycle}
			case Root, Detached:
				h := Held{Kind: o.Kind, Derived: o.Derived, root: o.Root, held: o.Held}
				if o.Kind == Root {
					h.Name = o.RootName(t.info)
				}
				return effects.Value[Held]{Kind: effects.Known, Origin: h}
			case Param:
				if !o.Derived {
					return effects.Value[Held]{Kind: effects.OfParam, Param: o.Param}
				}
			}
			return effects.Value[Held]{}
		},
		Join: func(a, b Held) (Held, bool) {
			a.Derived = a.Derived || b.Derived
			return a, a.Kind == b.Kind
		},
	}
}

// FollowHeld makes the Tracer follow the fields and package-level
// variables of other packages through their facts, and exports the
// facts of the package's own (see effects.Held.Facts): the analyzer
// lists effects.HeldFact[Held] among its fact types.
func (t *Tracer) FollowHeld(pass *analysis.Pass) { t.fields.Facts(pass) }

// Exposed reports whether v, a struct field or package-level variable,
// may be given values by other packages (see effects.Exposed).
func Exposed(v *types.Var) bool { return effects.Exposed(v) }

// Holds returns the origin of a value loaded from v, a struct field or
// package-level variable of this package or another, as this package
// sees it: a root (or a detached context) when every value given to it
// is one; else Unknown. Parameters are not followed: a field holding a
// parameter's context holds a different one per value of the struct.
func (t *Tracer) Holds(v *types.Var) Origin {
	if o := t.load(v); o.Kind != cycle {
		return o
	}
	return Origin{}
}

// load is Holds within the Tracer's own search: a field or variable
// being merged is a cycle.
func (t *Tracer) load(v *types.Var) Origin {
	val := t.fields.Load(v)
	switch val.Kind {
	case effects.Cycle:
		return Origin{Kind: cycle}
	case effects.Known:
		h := val.Origin
		o := Origin{Kind: h.Kind, Root: h.root, Derived: h.Derived, Held: h.held, Name: h.Name}
		if o.Held == nil {
			o.Held = v.Origin()
		}
		return o
	}
	return Origin{}
}
