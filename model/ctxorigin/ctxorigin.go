// Package ctxorigin says where a context.Context value comes from, for
// the analyzers that judge which context a call is given (ctxbackground,
// ctxcaptured): a root that carries no deadline (context.Background,
// context.TODO), a parameter of the function (a ctx, or the Context of
// an *http.Request parameter), a detached context
// (context.WithoutCancel), or something it cannot tell.
//
// It follows contexts derived with context.WithTimeout and the like, and
// local variables of the enclosing declaration, flow-insensitively: a
// variable has an origin only when every value it is given has the same
// one, and none when its address is taken.
//
// It follows struct fields and package-level variables the same way,
// through the execution model's stores (funcmodel.Model.Stores): a field
// or variable holds a root when every value the package's code gives it
// is one (s.ctx = context.Background(), T{ctx: context.Background()},
// var ctx = context.Background()), also when the value is a parameter of
// an unexported constructor that every call of the package gives a root
// (newT(context.Background()) for func newT(ctx context.Context) *T {
// return &T{ctx: ctx} }). An exported field or variable (of a package
// other than main) that its own package gives values holds no known
// origin: the packages that import it may give it others. One that its
// package gives no value holds what the loading package's own stores
// give it, which the Tracer's Import learns from the declaring
// package's facts (see Tracer.Held). One that its package gives only
// the parameters of exported constructors (func NewRepo(ctx) *Repo {
// return &Repo{ctx: ctx} }) holds, in a package that calls them, what
// that package's calls give them (see Tracer.Constructors and
// ImportCtors): the dependency-injection wiring of main. A parameter
// given values that all derive from itself (ctx =
// context.WithValue(ctx, k, v)) is still the parameter, derived.
package ctxorigin

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/fnlint/fnlint/internal/knowledge"
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
	return knowledge.CalleeKey(info, o.Root) + "()"
}

// A Tracer finds origins in one package. It remembers the assignments
// of the local variables of each declaration it has looked into.
type Tracer struct {
	info   *types.Info
	model  *funcmodel.Model
	values map[ast.Node]map[*types.Var][]ast.Expr // per declaration: the values given to each local
	held   map[*types.Var]Origin                  // what fields and package-level variables hold
	// Import, if set, answers what a field or package-level variable of
	// another package holds, as that package's analysis exported it: a
	// root (its Name set), none because that package gives it no value
	// (none), or unknown (ok false).
	Import func(v *types.Var) (o Origin, none, ok bool)
	// ImportCtors, if set, answers which parameters of exported
	// functions of its package give a field or package-level variable of
	// another package its values, as that package's Constructors said.
	ImportCtors func(v *types.Var) []Ctor
}

// A Ctor is a parameter of an exported function of a package whose
// value the package stores in a field or package-level variable (func
// NewRepo(ctx context.Context) *Repo { return &Repo{ctx: ctx} }): the
// packages that call the function give the field its values.
type Ctor struct {
	Func  *types.Func
	Param int
}

// NewTracer returns a Tracer for the package of m.
func NewTracer(info *types.Info, m *funcmodel.Model) *Tracer {
	return &Tracer{info: info, model: m, values: make(map[ast.Node]map[*types.Var][]ast.Expr), held: make(map[*types.Var]Origin)}
}

// opaque stands for a value the Tracer cannot follow: the address of
// the variable taken, a result of a call with several results, a range.
var opaque = &ast.BadExpr{}

// Of returns the origin of e, an expression of f's own code.
func (t *Tracer) Of(f *funcmodel.Func, e ast.Expr) Origin {
	return t.of(f, e, make(map[*types.Var]bool))
}

func (t *Tracer) of(f *funcmodel.Func, e ast.Expr, visiting map[*types.Var]bool) Origin {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		key := knowledge.CalleeKey(t.info, e)
		switch {
		case knowledge.ContextRoots[key]:
			return Origin{Kind: Root, Root: e}
		case key == knowledge.ContextDetach:
			return Origin{Kind: Detached}
		case knowledge.ContextDerivations[key] && len(e.Args) > 0:
			o := t.of(f, e.Args[0], visiting)
			o.Derived = true
			return o
		case key == "net/http.Request.Context":
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
				return t.heldBy(v.Origin(), visiting)
			}
			return Origin{}
		}
		if v, ok := t.info.Uses[e.Sel].(*types.Var); ok && funcmodel.IsGlobal(v) {
			return t.heldBy(v, visiting)
		}
		return Origin{}
	case *ast.Ident:
		v, ok := t.info.Uses[e].(*types.Var)
		if !ok {
			return Origin{}
		}
		if funcmodel.IsGlobal(v) {
			return t.heldBy(v, visiting)
		}
		if f == nil {
			return Origin{} // package-level code has no locals
		}
		if visiting[v] {
			return Origin{Kind: cycle}
		}
		values := t.localValues(f)[v]
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
			if x == opaque {
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

// Constructors returns the parameters of exported functions (not
// methods) of the package that give v, a struct field or package-level
// variable of it, every value the package gives v, underived, when the
// package's own calls of those functions give them roots only; else
// nil. The packages that call the functions decide what v holds (see
// ImportCtors).
func (t *Tracer) Constructors(v *types.Var) []Ctor {
	if v.IsField() {
		v = v.Origin()
	}
	stores := t.model.Stores(v)
	if v.Pkg() != t.model.Pkg || len(stores) == 0 {
		return nil
	}
	var ctors []Ctor
	for _, s := range stores {
		if s.Value == nil || s.In == nil {
			return nil
		}
		f := t.model.Node(s.In)
		if f == nil {
			return nil
		}
		o := t.Of(f, s.Value)
		if o.Kind != Param || o.Derived {
			return nil
		}
		g := DeclaringFunc(t.info, f, o.Param)
		if g == nil || g.Obj == nil || !g.Obj.Exported() || g.Obj.Signature().Recv() != nil {
			return nil
		}
		c := Ctor{Func: g.Obj, Param: ParamIndex(t.info, g, o.Param)}
		if !slices.Contains(ctors, c) {
			ctors = append(ctors, c)
		}
	}
	for _, c := range ctors {
		rootsOnly := func(o Origin) bool { return o.Kind == Root || o.Kind == cycle }
		if !t.mergeArgs(func(e funcmodel.Edge) bool { return e.Callee != nil && e.Callee.Origin() == c.Func }, c.Func.Signature(), c.Param, rootsOnly, make(map[*types.Var]bool)) && t.calls(c.Func) {
			return nil
		}
	}
	return ctors
}

// calls reports whether the package's code uses fn: calls it or takes
// it as a value.
func (t *Tracer) calls(fn *types.Func) bool {
	for _, f := range t.model.Funcs {
		for _, e := range f.Edges {
			if e.Callee != nil && e.Callee.Origin() == fn {
				return true
			}
		}
	}
	return false
}

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

// Assigned reports whether v, a variable of the declaration enclosing
// f, is given a value in its body.
func (t *Tracer) Assigned(f *funcmodel.Func, v *types.Var) bool {
	return len(t.localValues(f)[v]) > 0
}

// localValues returns the values given to each local variable in the
// declaration enclosing f (its literals included, which may assign the
// variables they capture).
func (t *Tracer) localValues(f *funcmodel.Func) map[*types.Var][]ast.Expr {
	root := f
	for root.Parent != nil {
		root = root.Parent
	}
	if vals, ok := t.values[root.Node]; ok {
		return vals
	}
	vals := make(map[*types.Var][]ast.Expr)
	t.values[root.Node] = vals
	body := root.Body()
	if body == nil {
		return vals // declared without a body (assembly, linkname)
	}
	var node ast.Node = body
	add := func(id ast.Expr, x ast.Expr) {
		ident, ok := ast.Unparen(id).(*ast.Ident)
		if !ok {
			return
		}
		if v, ok := t.info.ObjectOf(ident).(*types.Var); ok && !funcmodel.IsGlobal(v) {
			vals[v] = append(vals[v], x)
		}
	}
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					add(l, opaque)
				}
				break
			}
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					add(l, n.Rhs[i])
				}
				break
			}
			// ctx, cancel := context.WithTimeout(parent, d): the context
			// is the derivation itself; any other tuple is opaque.
			call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
			derives := ok && len(n.Rhs) == 1 && knowledge.ContextDerivations[knowledge.CalleeKey(t.info, call)]
			for i, l := range n.Lhs {
				if derives && i == 0 {
					add(l, call)
				} else {
					add(l, opaque)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if len(n.Values) == len(n.Names) {
					add(id, n.Values[i])
				} else {
					add(id, opaque)
				}
			}
		case *ast.RangeStmt:
			add(n.Key, opaque)
			add(n.Value, opaque)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				add(n.X, opaque)
			}
		case *ast.TypeSwitchStmt, *ast.SelectStmt:
			// v := x.(type) and case v := <-ch give values not followed.
			ast.Inspect(n, func(m ast.Node) bool {
				if as, ok := m.(*ast.AssignStmt); ok {
					for _, l := range as.Lhs {
						add(l, opaque)
					}
				}
				return true
			})
		}
		return true
	})
	return vals
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

// Built reports whether every value x, an expression of f's own code
// (f nil for package-level code), can have is a result of this
// package's calls of ctors: such a call itself, or a local variable,
// struct field or package-level variable whose every value is one. A
// parameter, the result of any other call, or a field or variable that
// other packages may give values is not.
func (t *Tracer) Built(f *funcmodel.Func, x ast.Expr, ctors []Ctor) bool {
	return len(ctors) > 0 && t.built(f, x, ctors, make(map[*types.Var]bool))
}

func (t *Tracer) built(f *funcmodel.Func, x ast.Expr, ctors []Ctor, visiting map[*types.Var]bool) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(t.info, x)
		return fn != nil && slices.ContainsFunc(ctors, func(c Ctor) bool { return c.Func == fn.Origin() })
	case *ast.SelectorExpr:
		if sel, ok := t.info.Selections[x]; ok {
			v, ok := sel.Obj().(*types.Var)
			return ok && sel.Kind() == types.FieldVal && t.storedBuilt(v.Origin(), ctors, visiting)
		}
		v, ok := t.info.Uses[x.Sel].(*types.Var)
		return ok && funcmodel.IsGlobal(v) && t.storedBuilt(v, ctors, visiting)
	case *ast.Ident:
		v, ok := t.info.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		if funcmodel.IsGlobal(v) {
			return t.storedBuilt(v, ctors, visiting)
		}
		if f == nil || visiting[v] || DeclaringFunc(t.info, f, v) != nil {
			return false
		}
		values := t.localValues(f)[v]
		if len(values) == 0 {
			return false
		}
		visiting[v] = true
		defer delete(visiting, v)
		for _, y := range values {
			if y == opaque || !t.built(f, y, ctors, visiting) {
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
func (t *Tracer) storedBuilt(v *types.Var, ctors []Ctor, visiting map[*types.Var]bool) bool {
	stores := t.model.Stores(v)
	if visiting[v] || len(stores) == 0 || v.Pkg() != t.model.Pkg || Exposed(v) {
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
		if s.Value == nil || !t.built(f, s.Value, ctors, visiting) {
			return false
		}
	}
	return true
}
