package ctxbackground

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/model/ctxorigin"
)

// heldContext is the fact of an exported struct field or package-level
// variable of type context.Context: the root every value its package
// gives it is (Root, "context.Background()"), or that its package gives
// it no value (None), so that the packages loading it judge it with
// their own stores (see ctxorigin.Tracer.Import).
type heldContext struct {
	Root string
	None bool
}

func (*heldContext) AFact() {}
func (h *heldContext) String() string {
	if h.None {
		return "holds no context"
	}
	return "holds " + h.Root
}

// followHeld makes tr follow the fields and package-level variables of
// other packages through their facts, and exports the facts of the
// package's own exported ones.
func followHeld(pass *analysis.Pass, tr *ctxorigin.Tracer) {
	tr.Import = func(v *types.Var) (ctxorigin.Origin, bool, bool) {
		var h heldContext
		if !pass.ImportObjectFact(v, &h) {
			return ctxorigin.Origin{}, false, false
		}
		if h.None {
			return ctxorigin.Origin{}, true, true
		}
		return ctxorigin.Origin{Kind: ctxorigin.Root, Name: h.Root}, false, true
	}
	export := func(v *types.Var) {
		// A defined type of another package's struct (type T
		// other.Options) lists that package's fields: not this one's to
		// say anything of.
		if !v.Exported() || v.Pkg() != pass.Pkg || !ctxorigin.IsContext(v.Type()) {
			return
		}
		o, none := tr.Held(v)
		switch {
		case none:
			pass.ExportObjectFact(v, &heldContext{None: true})
		case o.Kind == ctxorigin.Root:
			pass.ExportObjectFact(v, &heldContext{Root: o.RootName(pass.TypesInfo)})
		}
	}
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Var:
			export(obj)
		case *types.TypeName:
			if st, ok := obj.Type().Underlying().(*types.Struct); ok && !obj.IsAlias() {
				for i := range st.NumFields() {
					export(st.Field(i))
				}
			}
		}
	}
}
