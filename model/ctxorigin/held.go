package ctxorigin

import (
	"go/ast"
	"go/types"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// Held returns the root that v, a struct field or package-level
// variable, holds, if it holds one (Origin.Kind is Root), and whether
// the package's code gives v no value at all (none). Analyzers export
// it as a fact for v when v is exported, for the Import of the packages
// that load it.
func (t *Tracer) Held(v *types.Var) (o Origin, none bool) {
	if v.IsField() {
		v = v.Origin()
	}
	if len(t.model.Stores(v)) == 0 {
		return Origin{}, true
	}
	o = t.heldBy(v, make(map[*types.Var]bool))
	if o.Kind != Root {
		return Origin{}, false
	}
	return o, false
}

// Exposed reports whether v, a struct field or package-level variable,
// may be given values by other packages: it is exported, and its
// package is not a main package (which nothing imports).
func Exposed(v *types.Var) bool {
	return v.Exported() && v.Pkg() != nil && v.Pkg().Name() != "main"
}

// heldBy returns the origin of a value loaded from v, a struct field
// or package-level variable: a root (or a detached context) when every
// value given to it (in this package, and, for a variable of another
// package, in its own as Import says) is one; else Unknown. Parameters
// are not followed: a field holding a parameter's context holds a
// different one per value of the struct.
func (t *Tracer) heldBy(v *types.Var, visiting map[*types.Var]bool) Origin {
	if o, ok := t.held[v]; ok {
		return o
	}
	if visiting[v] {
		return Origin{Kind: cycle}
	}
	top := len(visiting) == 0
	visiting[v] = true
	defer delete(visiting, v)
	var out Origin
	merge := func(o Origin) bool {
		switch {
		case o.Kind == cycle:
			return true
		case o.Kind != Root && o.Kind != Detached:
			return false
		case out.Kind == Unknown:
			out = o
		case out.Kind != o.Kind:
			return false
		default:
			out.Derived = out.Derived || o.Derived
		}
		return true
	}
	// An exported field or variable that this package gives values may
	// be given others by any package that imports it.
	known := v.Pkg() != t.model.Pkg || !Exposed(v) || len(t.model.Stores(v)) == 0
	if v.Pkg() != t.model.Pkg {
		known = false
		if t.Import != nil {
			if o, none, ok := t.Import(v); ok {
				known = none || merge(o)
			}
		}
		// A field its package gives the parameters of exported
		// constructors holds what this package's calls of them give.
		if !known && t.ImportCtors != nil {
			ctors := t.ImportCtors(v)
			known = len(ctors) > 0
			for _, c := range ctors {
				fn := c.Func
				if !known || !t.mergeArgs(func(e funcmodel.Edge) bool { return e.Callee != nil && e.Callee.Origin() == fn }, fn.Signature(), c.Param, merge, visiting) {
					known = false
				}
			}
		}
	}
	stores := t.model.Stores(v)
	for _, s := range stores {
		if !known {
			break
		}
		known = s.Value != nil && t.storedOrigins(s, merge, visiting)
	}
	if !known || out.Kind == Unknown || (len(stores) == 0 && v.Pkg() == t.model.Pkg) {
		out = Origin{}
	} else if out.Held == nil {
		out.Held = v
	}
	if top {
		t.held[v] = out
	}
	return out
}

// storedOrigins gives merge the origins of the value of s, and reports
// whether all of them were merged. A parameter of an unexported
// function stored (return &T{ctx: ctx}) has the origins of the
// arguments every call of the package gives that function; a
// parameter of any other function, unknown to this package's code,
// has none.
func (t *Tracer) storedOrigins(s funcmodel.Store, merge func(Origin) bool, visiting map[*types.Var]bool) bool {
	var f *funcmodel.Func
	if s.In != nil {
		if f = t.model.Node(s.In); f == nil {
			return false
		}
	}
	o := t.of(f, s.Value, visiting)
	if o.Kind != Param || o.Derived {
		return merge(o)
	}
	g := DeclaringFunc(t.info, f, o.Param)
	if g == nil || g.Obj == nil || g.Obj.Exported() {
		return false
	}
	return t.mergeArgs(func(e funcmodel.Edge) bool { return t.model.Target(e) == g }, g.Obj.Signature(), ParamIndex(t.info, g, o.Param), merge, visiting)
}

// mergeArgs gives merge the origins of the arguments that the calls of
// the package's code that match give to parameter i of a function of
// signature sig, and reports whether there are some and all of them
// were merged. A use of the function as a value hides the arguments of
// its calls.
func (t *Tracer) mergeArgs(match func(funcmodel.Edge) bool, sig *types.Signature, i int, merge func(Origin) bool, visiting map[*types.Var]bool) bool {
	calls := 0
	for _, caller := range t.model.Funcs {
		for _, e := range caller.Edges {
			if !match(e) {
				continue
			}
			if e.Call == nil || e.Node != ast.Node(e.Call) {
				return false // the function used as a value: the arguments of its calls are not seen
			}
			if i < 0 || i >= len(e.Call.Args) || sig.Variadic() && i >= sig.Params().Len()-1 {
				return false
			}
			calls++
			if !merge(t.of(caller, e.Call.Args[i], visiting)) {
				return false
			}
		}
	}
	return calls > 0
}

// Holds returns the origin of a value loaded from v, a struct field or
// package-level variable of this package or another, as this package
// sees it (see heldBy).
func (t *Tracer) Holds(v *types.Var) Origin {
	if v.IsField() {
		v = v.Origin()
	}
	return t.heldBy(v, make(map[*types.Var]bool))
}
