package effects

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// A rule about a value that code keeps for later (a context made at
// cold start, a client, a handler) asks what a struct field or a
// package-level variable holds where it is loaded. A HeldSpec[O] states
// the kind of value: which fields and variables carry it, and the
// origin O of a value stored into one (s.ctx = context.Background(),
// T{ctx: ctx}, var ctx = context.Background()); FollowHeld merges the
// origins of every store of the package (funcmodel.Model.Stores), in
// constructors, composite literals and the wiring of main and init,
// follows a stored parameter to the arguments of the package's calls,
// and exports what it learns as a HeldFact[O] on the field or variable
// (objectpath encodes fields), for the packages that load it or call
// its constructors.

// A HeldSpec describes values of one kind, whose origin type is O: a
// small struct whose Label names the kind of value ("context", in the
// facts' String) and whose String names the origin in messages
// ("context.Background()"). Origins stay in the package's run: what
// facts carry to other packages is only which constructors decide a
// field's values, or that its own package gives it none.
type HeldSpec[O Cause] struct {
	// Follow reports whether the values of v, a struct field or
	// package-level variable, are followed (those of type
	// context.Context).
	Follow func(v *types.Var) bool
	// Of returns what the engine is told of e, a value stored, an
	// expression of f's own code (f nil for package-level code): its
	// origin, or that it is the value a parameter was given, as it is.
	// Its loads of fields and variables ask Held.Load.
	Of func(f *funcmodel.Func, e ast.Expr) Value[O]
	// Join returns the origin of a field or variable given values of
	// origins a and b, and false when they differ: then it holds no one
	// origin.
	Join func(a, b O) (O, bool)
}

// A ValueKind says what is known of a value.
type ValueKind uint8

const (
	Unknown ValueKind = iota
	Known             // its origin is Value.Origin
	OfParam           // it is the value parameter Value.Param was given, as it is
	Cycle             // a field or variable met again while its own values are merged: adds nothing
)

// A Value is what is known of a value: of a stored expression (see
// HeldSpec.Of), or of a load of a field or variable (see Held.Load).
type Value[O Cause] struct {
	Kind   ValueKind
	Origin O
	Param  *types.Var
}

// HeldFact is the fact of a followed struct field or package-level
// variable that other packages decide the values of: its package gives
// it none (None: the packages that load it judge it by their own
// stores), or only the parameters of exported constructors (Ctors: the
// packages that call them judge it by their arguments). An exported
// field or variable of a library that its package gives values of its
// own has no fact: importers may give it others, so it holds no one
// origin.
type HeldFact[O Cause] struct {
	None  bool
	Ctors []HeldCtor
}

// A HeldCtor is a Ctor in a fact: the function, by name in the
// package's scope.
type HeldCtor struct {
	Func  string
	Param int
}

func (*HeldFact[O]) AFact() {}

func (h *HeldFact[O]) String() string {
	if h.None {
		var o O
		return "holds no " + o.Label()
	}
	s := "holds what its callers give"
	for _, c := range h.Ctors {
		s += fmt.Sprintf(" %s parameter %d", c.Func, c.Param)
	}
	return s
}

// Held is the result of FollowHeld for one package: what its code and
// the facts of the packages it imports say the followed fields and
// variables hold.
type Held[O Cause] struct {
	pass     *analysis.Pass // set by Facts
	info     *types.Info
	m        *funcmodel.Model
	spec     HeldSpec[O]
	loaded   map[*types.Var]Value[O]
	ctors    map[*types.Var][]Ctor
	visiting map[*types.Var]bool
}

// FollowHeld returns what the fields and package-level variables of
// spec's kind hold in the package of m, whose types info is given. It
// knows those of other packages once Facts is called.
func FollowHeld[O Cause](info *types.Info, m *funcmodel.Model, spec HeldSpec[O]) *Held[O] {
	return &Held[O]{info: info, m: m, spec: spec, loaded: make(map[*types.Var]Value[O]), ctors: make(map[*types.Var][]Ctor), visiting: make(map[*types.Var]bool)}
}

// Facts makes h read what other packages' HeldFact[O] say of their
// fields and variables, and exports the facts of the package's own
// (the analyzer lists HeldFact[O] among its fact types): for those
// that exported constructors give their values, the constructors; for
// the exported others that the package gives no value, that it gives
// none.
func (h *Held[O]) Facts(pass *analysis.Pass) {
	h.pass = pass
	clear(h.loaded)
	clear(h.ctors)
	if h.m.Summarized {
		return
	}
	export := func(v *types.Var) {
		// A defined type of another package's struct (type T
		// other.Options) lists that package's fields: not this one's to
		// say anything of.
		if v.Pkg() != h.pass.Pkg || !h.spec.Follow(v) {
			return
		}
		if ctors := h.Ctors(v); len(ctors) > 0 {
			fact := &HeldFact[O]{}
			for _, c := range ctors {
				fact.Ctors = append(fact.Ctors, HeldCtor{Func: c.Func.Name(), Param: c.Param})
			}
			h.pass.ExportObjectFact(v, fact)
			return
		}
		if v.Exported() && len(h.m.Stores(v)) == 0 {
			h.pass.ExportObjectFact(v, &HeldFact[O]{None: true})
		}
	}
	scope := h.pass.Pkg.Scope()
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

// Exposed reports whether v, a struct field or package-level variable,
// may be given values by other packages: it is exported, and its
// package is not a main package (which nothing imports).
func Exposed(v *types.Var) bool {
	return v.Exported() && v.Pkg() != nil && v.Pkg().Name() != "main"
}

// Load returns what a value loaded from v, a struct field or
// package-level variable of this package or another, is: of a known
// origin when every value given to it is (by this package's code and,
// for one of another package, by its own as its fact says), Cycle when
// v is being merged, else Unknown. A stored parameter of an unexported
// function has the origins of the arguments every call of the package
// gives it; a parameter of any other function, unknown to the
// package's code, has none. An exported field or variable that the
// package gives values is unknown: the packages that import it may
// give it others. One of another package that its package gives the
// parameters of exported constructors holds what this package's calls
// of them give.
func (h *Held[O]) Load(v *types.Var) Value[O] {
	if v.IsField() {
		v = v.Origin()
	}
	if val, ok := h.loaded[v]; ok {
		return val
	}
	if h.visiting[v] {
		return Value[O]{Kind: Cycle}
	}
	top := len(h.visiting) == 0
	h.visiting[v] = true
	defer delete(h.visiting, v)
	var out Value[O]
	cycles := false
	merge := func(val Value[O]) bool {
		switch {
		case val.Kind == Cycle:
			cycles = true
			return true
		case val.Kind != Known:
			return false
		case out.Kind == Unknown:
			out = val
		default:
			o, ok := h.spec.Join(out.Origin, val.Origin)
			out.Origin = o
			return ok
		}
		return true
	}
	local := v.Pkg() == h.m.Pkg
	stores := h.m.Stores(v)
	known := local && (!Exposed(v) || len(stores) == 0)
	if !local {
		if fact, ok := h.fact(v); ok {
			switch {
			case fact.None:
				known = true
			case len(fact.Ctors) > 0:
				ctors := h.Ctors(v)
				known = len(ctors) > 0
				for _, c := range ctors {
					fn := c.Func
					if !h.mergeArgs(func(e funcmodel.Edge) bool { return e.Callee != nil && e.Callee.Origin() == fn }, fn.Signature(), c.Param, merge) {
						known = false
						break
					}
				}
			}
		}
	}
	for _, s := range stores {
		if !known {
			break
		}
		known = s.Value != nil && h.mergeStore(s, merge)
	}
	switch {
	case known && out.Kind == Unknown && cycles && !top:
		// Every value v is given is one of a field or variable being
		// merged (p.a = p.b; p.b = p.a): v adds nothing of its own.
		out = Value[O]{Kind: Cycle}
	case !known || out.Kind == Unknown || len(stores) == 0 && local:
		out = Value[O]{}
	}
	if top {
		h.loaded[v] = out
	}
	return out
}

// mergeStore gives merge what is known of the value of s, and reports
// whether all of it was merged (see Load).
func (h *Held[O]) mergeStore(s funcmodel.Store, merge func(Value[O]) bool) bool {
	f, ok := h.storer(s)
	if !ok {
		return false
	}
	val := h.spec.Of(f, s.Value)
	if val.Kind != OfParam {
		return merge(val)
	}
	g, i := declaring(h.info, f, val.Param)
	if g == nil || g.Obj == nil || g.Obj.Exported() {
		return false
	}
	return h.mergeArgs(func(e funcmodel.Edge) bool { return h.m.Target(e) == g }, g.Obj.Signature(), i, merge)
}

// storer returns the body that makes store s: nil for a package-level
// declaration; false when the body is not the package's.
func (h *Held[O]) storer(s funcmodel.Store) (*funcmodel.Func, bool) {
	if s.In == nil {
		return nil, true
	}
	f := h.m.Node(s.In)
	return f, f != nil
}

// mergeArgs gives merge what is known of the arguments that the calls
// of the package's code that match give to parameter i of a function of
// signature sig, and reports whether there are some and all of them
// were merged. A use of the function as a value hides the arguments of
// its calls.
func (h *Held[O]) mergeArgs(match func(funcmodel.Edge) bool, sig *types.Signature, i int, merge func(Value[O]) bool) bool {
	calls := 0
	for _, caller := range h.m.Funcs {
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
			if !merge(h.spec.Of(caller, e.Call.Args[i])) {
				return false
			}
		}
	}
	return calls > 0
}

// fact returns the fact of v, a field or variable of another package.
func (h *Held[O]) fact(v *types.Var) (*HeldFact[O], bool) {
	fact := new(HeldFact[O])
	return fact, h.pass != nil && h.pass.ImportObjectFact(v, fact)
}
