// Package ctxorigin says where a context.Context value comes from, for
// the analyzers that judge which context a call is given (ctxbackground,
// ctxcaptured): a root that carries no deadline (context.Background,
// context.TODO), a parameter of the function (a ctx, or the Context of
// an *http.Request parameter), a detached context
// (context.WithoutCancel), or something it cannot tell.
//
// It follows contexts derived with context.WithTimeout and the like, and
// local variables of the enclosing declaration, flow-insensitively, by
// the values internal/defuse says they are given: a variable has an
// origin only when every value it is given has the same one, and none
// when one is not followed (a range's, a type switch's, a tuple's but
// for a derivation's context) or its address is taken.
//
// It follows struct fields and package-level variables through the
// effect engine's held values (effects.FollowHeld, with Held as the
// origin): a field or variable holds a root when every value the
// package's code gives it is one (s.ctx = context.Background(),
// T{ctx: context.Background()}, var ctx = context.Background()), also
// when the value is a parameter of an unexported constructor that
// every call of the package gives a root (newT(context.Background())
// for func newT(ctx context.Context) *T { return &T{ctx: ctx} }). An
// exported field or variable (of a package other than main) that its
// own package gives values holds no known origin: the packages that
// import it may give it others. One that its package gives no value
// holds what the loading package's own stores give it. One that its
// package gives only the parameters of exported constructors (func
// NewRepo(ctx) *Repo { return &Repo{ctx: ctx} }) holds, in a package
// that calls them, what that package's calls give them (see
// Tracer.Constructors): the dependency-injection wiring of main. The
// last two are learnt from the declaring package's facts once
// FollowHeld is called. A parameter given values that all derive from
// itself (ctx = context.WithValue(ctx, k, v)) is still the parameter,
// derived.
package ctxorigin

import (
	"go/ast"
	"go/types"

	"github.com/fnlint/fnlint/internal/defuse"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A Kind is the kind of an origin.
type Kind uint8

const (
	Unknown  Kind = iota
	Root          // context.Background() or context.TODO()
	Param         // a parameter of an enclosing function: a ctx, or r.Context() of a request r
	Detached      // context.WithoutCancel(...)
)

// An Origin is where a context value comes from.
type Origin struct {
	Kind Kind
	// Root is, for Root, the context.Background() or context.TODO()
	// call (the first one met).
	Root *ast.CallExpr
	// Param is, for Param, the parameter: of type context.Context, or
	// the *http.Request whose Context() it is.
	Param *types.Var
	// Derived reports whether the value is derived from the origin
	// (context.WithTimeout(ctx, d)) rather than the origin itself.
	Derived bool
	// Held is, for a value loaded from a struct field or package-level
	// variable that holds the origin, that field or variable (the first
	// one met).
	Held *types.Var
	// Name is, for a Root, how the root is written in messages
	// ("context.Background()") when Root is not in this package: the
	// root of a field or variable of another package.
	Name string
}

// RootName returns the name of a Root origin's call, as written in
// messages: "context.Background()".
func (o Origin) RootName(info *types.Info) string {
	if o.Root == nil {
		return o.Name
	}
	if fn := knowledge.Callee(info, o.Root); fn != nil {
		return knowledge.ShortName(fn) + "()" // aws.BackgroundContext(), not its import path
	}
	return types.ExprString(o.Root.Fun) + "()"
}

// A Tracer finds origins in one package. It remembers the assignments
// of the local variables of each declaration it has looked into, and
// what the fields and package-level variables hold.
type Tracer struct {
	info   *types.Info
	model  *funcmodel.Model
	values map[ast.Node]*defuse.Locals // per declaration: the values given to its locals
	fields *effects.Held[Held]
}

// NewTracer returns a Tracer for the package of m. It follows the
// fields and variables of other packages once FollowHeld is called.
func NewTracer(info *types.Info, m *funcmodel.Model) *Tracer {
	t := &Tracer{info: info, model: m, values: make(map[ast.Node]*defuse.Locals)}
	t.fields = effects.FollowHeld(info, m, t.heldSpec())
	return t
}

// Of returns the origin of e, an expression of f's own code.
func (t *Tracer) Of(f *funcmodel.Func, e ast.Expr) Origin {
	return t.of(f, e, make(map[*types.Var]bool))
}

func (t *Tracer) of(f *funcmodel.Func, e ast.Expr, visiting map[*types.Var]bool) Origin {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(t.info, e)
		switch {
		case knowledge.IsContextRoot(fn):
			return Origin{Kind: Root, Root: e}
		case knowledge.DetachesContext(fn):
			return Origin{Kind: Detached}
		case knowledge.DerivesContext(fn) && len(e.Args) > 0:
			o := t.of(f, e.Args[0], visiting)
			o.Derived = true
			return o
		case knowledge.IsRequestContext(fn):
			sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok {
				return Origin{}
			}
			if v := t.param(f, sel.X); v != nil {
				return Origin{Kind: Param, Param: v}
			}
		}
		return Origin{}
	case *ast.SelectorExpr:
		// s.ctx, or pkg.Ctx: a struct field or a package-level variable.
		if sel, ok := t.info.Selections[e]; ok {
			if v, ok := sel.Obj().(*types.Var); ok && sel.Kind() == types.FieldVal {
				return t.load(v)
			}
			return Origin{}
		}
		if v, ok := t.info.Uses[e.Sel].(*types.Var); ok && funcmodel.IsGlobal(v) {
			return t.load(v)
		}
		return Origin{}
	case *ast.Ident:
		v, ok := t.info.Uses[e].(*types.Var)
		if !ok {
			return Origin{}
		}
		if funcmodel.IsGlobal(v) {
			return t.load(v)
		}
		if f == nil {
			return Origin{} // package-level code has no locals
		}
		if visiting[v] {
			return Origin{Kind: cycle}
		}
		values := t.localValues(f, v)
		// A parameter holds first the value its caller gives it; one
		// given other values (ctx = context.WithValue(ctx, k, v)) is
		// still the parameter when each of them derives from it.
		var out Origin
		if DeclaringFunc(t.info, f, v) != nil {
			out = Origin{Kind: Param, Param: v}
			if len(values) == 0 {
				return out
			}
		} else if len(values) == 0 {
			return Origin{}
		}
		visiting[v] = true
		defer delete(visiting, v)
		for _, x := range values {
			if x == nil {
				return Origin{}
			}
			o := t.of(f, x, visiting)
			switch {
			case o.Kind == cycle:
				continue
			case o.Kind == Unknown:
				return Origin{}
			case out.Kind == Unknown:
				out = o
			case out.Kind != o.Kind || out.Param != o.Param:
				return Origin{}
			default:
				out.Derived = out.Derived || o.Derived
			}
		}
		if out.Kind == Unknown || out.Kind == cycle {
			return Origin{}
		}
		out.Derived = out.Derived || len(values) > 1 || out.Kind == Param && out.Param == v
		return out
	}
	return Origin{}
}

// cycle is the origin of a variable met again while its own values are
// followed (ctx = context.WithValue(ctx, k, v)): it adds nothing.
const cycle Kind = 255

// param returns the parameter e denotes, when it is one of f or of a
// function enclosing f.
func (t *Tracer) param(f *funcmodel.Func, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := t.info.Uses[id].(*types.Var)
	if !ok || DeclaringFunc(t.info, f, v) == nil {
		return nil
	}
	return v
}

// DeclaringFunc returns the body, f or one enclosing it, of which v is a
// parameter, or nil.
func DeclaringFunc(info *types.Info, f *funcmodel.Func, v *types.Var) *funcmodel.Func {
	for g := f; g != nil; g = g.Parent {
		sig := g.Signature(info)
		if sig == nil {
			continue
		}
		for i := range sig.Params().Len() {
			if sig.Params().At(i) == v {
				return g
			}
		}
	}
	return nil
}

// ParamIndex returns the index of parameter v in g's signature, or -1.
func ParamIndex(info *types.Info, g *funcmodel.Func, v *types.Var) int {
	if sig := g.Signature(info); sig != nil {
		for i := range sig.Params().Len() {
			if sig.Params().At(i) == v {
				return i
			}
		}
	}
	return -1
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// IsRequest reports whether t is *net/http.Request.
func IsRequest(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && knowledge.IsNamed(p.Elem(), knowledge.NetHTTP, "Request")
}

// InvocationParams returns the parameters of f and of the functions
// enclosing it that carry an invocation's context: of type
// context.Context or *http.Request.
func InvocationParams(info *types.Info, f *funcmodel.Func) []*types.Var {
	var params []*types.Var
	for g := f; g != nil; g = g.Parent {
		sig := g.Signature(info)
		if sig == nil {
			continue
		}
		for i := range sig.Params().Len() {
			if p := sig.Params().At(i); IsContext(p.Type()) || IsRequest(p.Type()) {
				params = append(params, p)
			}
		}
	}
	return params
}
