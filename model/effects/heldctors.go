package effects

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// A Ctor is a parameter of an exported function (not a method) of a
// field's or variable's package that gives it its values (func
// NewRepo(ctx context.Context) *Repo { return &Repo{ctx: ctx} }): the
// packages that call the function decide what it holds.
type Ctor struct {
	Func  *types.Func
	Param int
}

// Ctors returns the parameters of exported functions (not methods) of
// v's package that give v, a struct field or package-level variable,
// its values: for one of this package, when every value the package
// gives v is such a parameter's, as it is, and the package's own calls
// of those functions, if any, give them known origins only; for one of
// another package, as its fact says.
func (h *Held[O]) Ctors(v *types.Var) []Ctor {
	if v.IsField() {
		v = v.Origin()
	}
	if ctors, ok := h.ctors[v]; ok {
		return ctors
	}
	var ctors []Ctor
	if v.Pkg() == h.m.Pkg {
		ctors = h.ctorsOf(v)
	} else if fact, ok := h.fact(v); ok {
		for _, c := range fact.Ctors {
			fn, ok := v.Pkg().Scope().Lookup(c.Func).(*types.Func)
			if !ok {
				ctors = nil
				break
			}
			ctors = append(ctors, Ctor{Func: fn, Param: c.Param})
		}
	}
	h.ctors[v] = ctors
	return ctors
}

func (h *Held[O]) ctorsOf(v *types.Var) []Ctor {
	stores := h.m.Stores(v)
	if len(stores) == 0 {
		return nil
	}
	var ctors []Ctor
	for _, s := range stores {
		if s.Value == nil || s.In == nil {
			return nil
		}
		f, ok := h.storer(s)
		if !ok {
			return nil
		}
		val := h.spec.Of(f, s.Value)
		if val.Kind != OfParam {
			return nil
		}
		g, i := declaring(h.info, f, val.Param)
		if g == nil || g.Obj == nil || !g.Obj.Exported() || g.Obj.Signature().Recv() != nil {
			return nil
		}
		if c := (Ctor{Func: g.Obj, Param: i}); !slices.Contains(ctors, c) {
			ctors = append(ctors, c)
		}
	}
	known := func(val Value[O]) bool { return val.Kind == Known || val.Kind == Cycle }
	for _, c := range ctors {
		fn := c.Func
		calls := func(e funcmodel.Edge) bool { return e.Callee != nil && e.Callee.Origin() == fn }
		if !h.mergeArgs(calls, fn.Signature(), c.Param, known) && h.uses(calls) {
			return nil
		}
	}
	return ctors
}

// uses reports whether the package's code has an edge that match
// accepts.
func (h *Held[O]) uses(match func(funcmodel.Edge) bool) bool {
	for _, f := range h.m.Funcs {
		if slices.ContainsFunc(f.Edges, match) {
			return true
		}
	}
	return false
}

// VarPath returns how a cause kept in a fact names v, a struct field
// or package-level variable: its package's path and its objectpath
// there.
func VarPath(v *types.Var) (pkg, path string, ok bool) {
	p, err := objectpath.For(v)
	if err != nil || v.Pkg() == nil {
		return "", "", false
	}
	return v.Pkg().Path(), string(p), true
}

// LookupVar returns the field or variable that VarPath named, in the
// packages the package of pass imports, directly or not; or nil.
func LookupVar(pass *analysis.Pass, pkg, path string) *types.Var {
	p := importedPkg(pass.Pkg, pkg, make(map[*types.Package]bool))
	if p == nil {
		return nil
	}
	obj, err := objectpath.Object(p, objectpath.Path(path))
	if err != nil {
		return nil
	}
	v, _ := obj.(*types.Var)
	return v
}

// importedPkg returns the package of the given path among those pkg
// imports, directly or not, or nil.
func importedPkg(pkg *types.Package, path string, seen map[*types.Package]bool) *types.Package {
	for _, p := range pkg.Imports() {
		if p.Path() == path {
			return p
		}
		if !seen[p] {
			seen[p] = true
			if q := importedPkg(p, path, seen); q != nil {
				return q
			}
		}
	}
	return nil
}
