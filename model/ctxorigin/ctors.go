package ctxorigin

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A Ctor is a parameter of an exported function of a package whose
// value the package stores in a field or package-level variable (func
// NewRepo(ctx context.Context) *Repo { return &Repo{ctx: ctx} }): the
// packages that call the function give the field its values.
type Ctor = effects.Ctor

// Constructors returns the parameters of exported functions (not
// methods) of v's package that give v, a struct field or package-level
// variable, every value the package gives it, underived, when the
// package's own calls of those functions give them roots only (see
// effects.Held.Ctors); else nil. The packages that call the functions
// decide what v holds. For a field or variable of another package,
// they are those its package's fact names.
func (t *Tracer) Constructors(v *types.Var) []Ctor { return t.fields.Ctors(v) }

// A Construction is a call of a constructor (see Constructors) in f's
// own code (f nil for package-level code).
type Construction struct {
	In   *funcmodel.Func
	Call *ast.CallExpr
}

// Built returns, when every value x, an expression of f's own code (f
// nil for package-level code), can have is a result of this package's
// calls of ctors (such a call itself, or a local variable, struct field
// or package-level variable whose every value is one), those calls, in
// the order met; else nil. A parameter, the result of any other call,
// or a field or variable that other packages may give values is not
// one.
func (t *Tracer) Built(f *funcmodel.Func, x ast.Expr, ctors []Ctor) []Construction {
	var calls []Construction
	if len(ctors) == 0 || !t.built(f, x, ctors, make(map[*types.Var]bool), &calls) {
		return nil
	}
	return calls
}

func (t *Tracer) built(f *funcmodel.Func, x ast.Expr, ctors []Ctor, visiting map[*types.Var]bool, calls *[]Construction) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(t.info, x)
		if fn == nil || !slices.ContainsFunc(ctors, func(c Ctor) bool { return c.Func == fn.Origin() }) {
			return false
		}
		*calls = append(*calls, Construction{In: f, Call: x})
		return true
	case *ast.SelectorExpr:
		if sel, ok := t.info.Selections[x]; ok {
			v, ok := sel.Obj().(*types.Var)
			return ok && sel.Kind() == types.FieldVal && t.storedBuilt(v.Origin(), ctors, visiting, calls)
		}
		v, ok := t.info.Uses[x.Sel].(*types.Var)
		return ok && funcmodel.IsGlobal(v) && t.storedBuilt(v, ctors, visiting, calls)
	case *ast.Ident:
		v, ok := t.info.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		if funcmodel.IsGlobal(v) {
			return t.storedBuilt(v, ctors, visiting, calls)
		}
		if f == nil || visiting[v] || DeclaringFunc(t.info, f, v) != nil {
			return false
		}
		values := t.localValues(f, v)
		if len(values) == 0 {
			return false
		}
		visiting[v] = true
		defer delete(visiting, v)
		for _, y := range values {
			if y == nil || !t.built(f, y, ctors, visiting, calls) {
				return false
			}
		}
		return true
	}
	return false
}

// storedBuilt reports whether every value the package's code gives v,
// a struct field or package-level variable of the package, is a result
// of its calls of ctors (see Built), and no other package can give it
// one.
func (t *Tracer) storedBuilt(v *types.Var, ctors []Ctor, visiting map[*types.Var]bool, calls *[]Construction) bool {
	stores := t.model.Stores(v)
	if visiting[v] || len(stores) == 0 || v.Pkg() != t.model.Pkg || effects.Exposed(v) {
		return false
	}
	visiting[v] = true
	defer delete(visiting, v)
	for _, s := range stores {
		var f *funcmodel.Func
		if s.In != nil {
			if f = t.model.Node(s.In); f == nil {
				return false
			}
		}
		if s.Value == nil || !t.built(f, s.Value, ctors, visiting, calls) {
			return false
		}
	}
	return true
}

// GivenRoot returns the root that the construction c gives the
// parameter of one of ctors: the context.Background() call of
// repo.NewBuilt(context.Background()), or one its argument holds; or
// nil.
func (t *Tracer) GivenRoot(c Construction, ctors []Ctor) *ast.CallExpr {
	fn := knowledge.Callee(t.info, c.Call)
	for _, ctor := range ctors {
		if fn != nil && ctor.Func == fn.Origin() && ctor.Param < len(c.Call.Args) {
			if o := t.Of(c.In, c.Call.Args[ctor.Param]); o.Kind == Root && o.Root != nil {
				return o.Root
			}
		}
	}
	return nil
}
