package effects

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// An effect that a function's code has only inside `if cfg.Debug {...}`
// happens only when the caller's cfg has Debug set; a caller that
// passes a literal leaving it false never has it. The engine keeps
// such conditions in the chains and facts of the user's own packages
// (When), and a call whose arguments make every condition statically
// false does not carry the effect. A condition is recognized only
// where it is sound and cheap to decide:
//
//   - the statement (the cause, or the call that carries it) is in the
//     then-block of an if statement, nested at any depth, whose
//     condition is a test, or tests joined with &&, of the form v,
//     v != nil or v != zero-constant (either side), where v is a
//     parameter of the declared function or a field selected directly
//     from one (p.F);
//   - the function never changes the value tested: no assignment,
//     increment, range assignment or address taken of p, of p.F or of
//     anything reached from it, no method called on it, and, for a
//     field of p, no other use of p than selecting a field or comparing
//     it (so no alias of a pointer p reaches code that could change the
//     field).
//
// At a call, a test is statically false when the argument is the zero
// constant or nil (for a test of the parameter itself), or a composite
// literal of the struct, or the address of one, that omits the field
// or sets it to the zero constant or nil (for a test of a field). A
// test the call does not decide is carried to the caller when the
// argument is the caller's own parameter (or a field of it) that obeys
// the same rules, and dropped otherwise (the effect then flows on the
// remaining tests, as it would without them). A site in judged code
// under such a condition is not reported when every edge of the
// package to its function is a call that makes the condition false, or
// hands it on to the parameters of a function that only entry points of
// other packages reach and that has the effect only under a condition,
// whose calls decide it (see off). Anything else keeps the
// effect unconditional: else branches, early returns, switch
// statements, negations, conditions in function literals, function
// variables, registrations, and the summaries of dependencies.

// maxGuards bounds the disjunction of a When, maxTests each of its
// conjunctions: past them the effect is unconditional (a conjunction
// keeps its first tests, a weaker condition that is still sound).
const (
	maxGuards = 4
	maxTests  = 4
)

// A Test says that a parameter, or a field of it, is not its type's
// zero value (true, non-nil, non-empty, non-zero).
type Test struct {
	Param int    // the parameter's index in the signature
	Field int    // the field's index in the parameter's struct type, or -1 for the parameter itself
	Name  string // the tested expression as written, "cfg.Proxy", for facts' String
}

// A Guard is a conjunction of tests: the effect happens on a path
// only when all of them hold.
type Guard struct {
	Tests []Test
}

// orWhen returns the disjunction of two Whens of chains that both
// exist; nil, an unconditional effect, absorbs the other.
func orWhen(a, b []Guard) []Guard {
	if a == nil || b == nil {
		return nil
	}
	out := slices.Clone(a)
	for _, g := range b {
		if !slices.ContainsFunc(out, func(h Guard) bool { return slices.Equal(g.Tests, h.Tests) }) {
			out = append(out, g)
		}
	}
	if len(out) > maxGuards {
		return nil
	}
	return out
}

func equalWhen(a, b []Guard) bool {
	return slices.EqualFunc(a, b, func(g, h Guard) bool { return slices.Equal(g.Tests, h.Tests) })
}

// whenString renders a When for a fact's String: " when a || b && c".
func whenString(when []Guard) string {
	if len(when) == 0 {
		return ""
	}
	var alts []string
	for _, g := range when {
		var names []string
		for _, t := range g.Tests {
			names = append(names, t.Name)
		}
		alts = append(alts, strings.Join(names, " && "))
	}
	return " when " + strings.Join(alts, " || ")
}

// conds computes the conditions of the bodies of one package.
type conds struct {
	pass    *analysis.Pass
	on      bool // conditions are kept: the user's own package
	regions map[*funcmodel.Func][]region
	stable  map[*funcmodel.Func]map[*types.Var]*uses
	callers map[*funcmodel.Func][]inEdge // every edge of the package to a body, by its target; nil until needed
	// conditional reports whether a body has the effect only under a
	// condition (its chain's When), so that the calls of other packages
	// judge it (see judgedThere); nil: none does.
	conditional func(*funcmodel.Func) bool
}

// An inEdge is an edge and the body that holds it.
type inEdge struct {
	from *funcmodel.Func
	edge funcmodel.Edge
}

// A region is the then-block of an if statement and the tests its
// condition makes hold inside it.
type region struct {
	pos, end token.Pos
	tests    []Test
}

// uses says how a function's code uses one of its parameters.
type uses struct {
	written bool         // the parameter itself may change
	bare    []*ast.Ident // uses other than a field selected or a comparison
	fields  map[int]bool // fields that may change
}

func newConds(pass *analysis.Pass, m *funcmodel.Model) *conds {
	return &conds{pass: pass, on: !m.Summarized, regions: make(map[*funcmodel.Func][]region), stable: make(map[*funcmodel.Func]map[*types.Var]*uses)}
}

// guard returns the tests that hold wherever node n of f's own code
// runs.
func (c *conds) guard(f *funcmodel.Func, n ast.Node) []Test {
	if !c.on || f.Obj == nil {
		return nil
	}
	rs, ok := c.regions[f]
	if !ok {
		rs = c.findRegions(f)
		c.regions[f] = rs
	}
	var tests []Test
	for _, r := range rs {
		if r.pos <= n.Pos() && n.End() <= r.end {
			for _, t := range r.tests {
				if !slices.Contains(tests, t) {
					tests = append(tests, t)
				}
			}
		}
	}
	return tests
}

// whenAt returns the When that an effect at node n of f's own code (a
// cause, or a call of a function variable) gives f.
func (c *conds) whenAt(f *funcmodel.Func, n ast.Node) []Guard {
	if t := c.guard(f, n); len(t) > 0 {
		return []Guard{{Tests: clipTests(t)}}
	}
	return nil
}

// through returns the When that the call e of f has from a callee
// whose When is when, and whether the effect flows through it at all:
// it does not when the call's arguments make every guard false.
func (c *conds) through(f *funcmodel.Func, e funcmodel.Edge, when []Guard) ([]Guard, bool) {
	if !c.on {
		return nil, true
	}
	own := c.guard(f, e.Node)
	if when == nil {
		if len(own) > 0 {
			return []Guard{{Tests: clipTests(own)}}, true
		}
		return nil, true
	}
	args := c.args(e)
	var out []Guard
	for _, g := range when {
		tests := slices.Clone(own)
		decided := false
		for _, t := range g.Tests {
			if t.Param >= len(args) || args[t.Param] == nil {
				continue
			}
			if c.zero(args[t.Param], t.Field) {
				decided = true
				break
			}
			if u, ok := c.carried(f, e, args[t.Param], t.Field); ok && !slices.Contains(tests, u) {
				tests = append(tests, u)
			}
		}
		if decided {
			continue
		}
		if len(tests) == 0 {
			return nil, true
		}
		g := Guard{Tests: clipTests(tests)}
		if !slices.ContainsFunc(out, func(h Guard) bool { return slices.Equal(g.Tests, h.Tests) }) {
			out = append(out, g)
		}
	}
	if len(out) > maxGuards {
		return nil, true
	}
	if len(out) == 0 {
		return nil, false
	}
	return out, true
}

// off reports whether a site of f, judged code of the package, that
// has its effect when, is never reached with when true: f is no entry
// point, and every edge of the package to it is a call whose arguments
// make when false. Only such calls make f judged code: a call from
// another package judges that call, through f's fact.
func (c *conds) off(m *funcmodel.Model, f *funcmodel.Func, when []Guard) bool {
	return c.offFrom(m, f, when, make(map[*funcmodel.Func]bool))
}

// offFrom is off; a call that carries the condition to its caller's own
// parameters, in a caller that only entry points of other packages reach,
// leaves the condition to that caller's callers in turn (seen holds the
// callers asked already: a cycle decides nothing).
func (c *conds) offFrom(m *funcmodel.Model, f *funcmodel.Func, when []Guard, seen map[*funcmodel.Func]bool) bool {
	if !c.on || when == nil || f.Obj == nil || m.EntryOf(f) != nil || seen[f] {
		return false
	}
	seen[f] = true
	if c.callers == nil {
		c.callers = make(map[*funcmodel.Func][]inEdge)
		for _, g := range m.Funcs {
			for _, e := range g.Edges {
				if t := m.Target(e); t != nil {
					c.callers[t] = append(c.callers[t], inEdge{g, e})
				}
			}
		}
	}
	in := c.callers[f]
	if len(in) == 0 {
		// Judged only because entry points of other packages reach
		// it: their calls, which decide the condition, judge it
		// (through f's fact, see judgedThere).
		return onlyReachedFrom(m, f) && c.leftToCallers(f)
	}
	for _, e := range in {
		w, flows := c.through(e.from, e.edge, when)
		if !flows {
			continue
		}
		if w != nil && onlyReachedFrom(m, e.from) && c.leftToCallers(e.from) && c.offFrom(m, e.from, w, seen) {
			continue
		}
		return false
	}
	return true
}

// leftToCallers reports whether the calls of f from other packages
// judge its effect: f has it only under a condition, so they are not
// dropped (see judgedThere). When f has it unconditionally too, those
// calls are dropped, and f's own package reports every site.
func (c *conds) leftToCallers(f *funcmodel.Func) bool {
	return c.conditional != nil && c.conditional(f)
}

// onlyReachedFrom reports whether f, of the package, runs only for entry
// points of other packages that reach it through calls (see
// funcmodel.Model.ReachedFrom).
func onlyReachedFrom(m *funcmodel.Model, f *funcmodel.Func) bool {
	reached := m.ReachedFrom(f)
	return len(reached) > 0 && len(reached) == len(f.Entries)
}

func clipTests(t []Test) []Test { return t[:min(len(t), maxTests)] }

// args returns the arguments of the call of edge e by the index of the
// callee's parameter, or nil when the edge is no plain call of its
// callee with one argument per parameter.
func (c *conds) args(e funcmodel.Edge) []ast.Expr {
	if e.Callee == nil || e.Call == nil || e.Node != ast.Node(e.Call) {
		return nil
	}
	if fn, ok := typeutil.Callee(c.pass.TypesInfo, e.Call).(*types.Func); !ok || fn.Origin() != e.Callee.Origin() {
		return nil
	}
	if sel, ok := ast.Unparen(e.Call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := c.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return nil // T.M(recv, args): the receiver comes first
		}
	}
	sig := e.Callee.Signature()
	if e.Call.Ellipsis.IsValid() || len(e.Call.Args) != sig.Params().Len() {
		return nil
	}
	if sig.Variadic() {
		return e.Call.Args[:len(e.Call.Args)-1]
	}
	return e.Call.Args
}

// zero reports whether arg makes the test of the parameter (field -1)
// or of its field statically false.
func (c *conds) zero(arg ast.Expr, field int) bool {
	if field < 0 {
		return c.zeroValue(arg)
	}
	el, lit := c.element(arg, field)
	if !lit {
		return false
	}
	return el == nil || c.zeroValue(el)
}

// element returns, when arg is a composite literal of a struct type or
// the address of one, the value it gives the field, or nil when it
// omits it.
func (c *conds) element(arg ast.Expr, field int) (ast.Expr, bool) {
	x := ast.Unparen(arg)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return nil, false
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || field >= st.NumFields() {
		return nil, false
	}
	if len(lit.Elts) == 0 {
		return nil, true
	}
	if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); !keyed {
		if field < len(lit.Elts) {
			return lit.Elts[field], true
		}
		return nil, false
	}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == st.Field(field).Name() {
			return kv.Value, true
		}
	}
	return nil, true // omitted
}

// zeroValue reports whether e is nil or a constant equal to its type's
// zero value.
func (c *conds) zeroValue(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.Bool:
		return !constant.BoolVal(tv.Value)
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Int, constant.Float, constant.Complex:
		return constant.Sign(tv.Value) == 0 && (tv.Value.Kind() != constant.Complex || constant.Sign(constant.Imag(tv.Value)) == 0)
	}
	return false
}

// carried returns the test of f's own parameter that arg, given to the
// call e for a parameter whose field (or itself, -1) is tested, makes:
// arg is f's parameter p (the same field of p is tested) or, for a
// test of the parameter itself, p.F; for a test of a field, arg may
// also be a composite literal that gives the field such a value.
func (c *conds) carried(f *funcmodel.Func, e funcmodel.Edge, arg ast.Expr, field int) (Test, bool) {
	if field >= 0 {
		if el, lit := c.element(arg, field); lit {
			if el == nil {
				return Test{}, false
			}
			arg, field = el, -1 // &T{F: v}: the test of F is one of v
		}
	}
	p, pf, ok := c.path(f, arg)
	if !ok {
		return Test{}, false
	}
	if field >= 0 {
		if pf >= 0 {
			return Test{}, false
		}
		pf = field
	}
	return c.test(f, p, pf, e.Call)
}

// path returns the parameter of f, and the field selected from it or
// -1, that e is: p or p.F.
func (c *conds) path(f *funcmodel.Func, e ast.Expr) (*types.Var, int, bool) {
	if f.Obj == nil {
		return nil, 0, false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := c.pass.TypesInfo.Uses[x].(*types.Var); ok && param(f, v) >= 0 {
			return v, -1, true
		}
	case *ast.SelectorExpr:
		s, ok := c.pass.TypesInfo.Selections[x]
		if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
			return nil, 0, false
		}
		if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
			if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && param(f, v) >= 0 {
				return v, s.Index()[0], true
			}
		}
	}
	return nil, 0, false
}

// param returns v's index among f's parameters, or -1.
func param(f *funcmodel.Func, v *types.Var) int {
	params := f.Obj.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			return i
		}
	}
	return -1
}

// test returns the test of f's parameter p (field -1) or of its field,
// when f never changes it; at, if set, is a call that may take p
// itself as an argument (the call whose callee's test is carried).
func (c *conds) test(f *funcmodel.Func, p *types.Var, field int, at *ast.CallExpr) (Test, bool) {
	u := c.usesOf(f, p)
	if u.written {
		return Test{}, false
	}
	name := p.Name()
	if field >= 0 {
		if u.fields[field] {
			return Test{}, false
		}
		// The one use that is not a field's may be p given to at, the
		// call whose callee's test this one carries.
		if len(u.bare) > 1 || len(u.bare) == 1 && (at == nil || slices.IndexFunc(at.Args, func(a ast.Expr) bool { return ast.Unparen(a) == u.bare[0] }) < 0) {
			return Test{}, false
		}
		st, ok := deref(p.Type()).Underlying().(*types.Struct)
		if !ok || field >= st.NumFields() {
			return Test{}, false
		}
		name += "." + st.Field(field).Name()
	}
	return Test{Param: param(f, p), Field: field, Name: name}, true
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// findRegions returns the then-blocks of f's if statements whose
// conditions test f's parameters.
func (c *conds) findRegions(f *funcmodel.Func) []region {
	var rs []region
	ast.Inspect(f.Node, func(n ast.Node) bool {
		s, ok := n.(*ast.IfStmt)
		if !ok {
			return true
		}
		var tests []Test
		for _, e := range conjuncts(s.Cond) {
			if p, field, ok := c.tested(f, e); ok {
				if t, ok := c.test(f, p, field, nil); ok {
					tests = append(tests, t)
				}
			}
		}
		if len(tests) > 0 {
			rs = append(rs, region{pos: s.Body.Pos(), end: s.Body.End(), tests: tests})
		}
		return true
	})
	return rs
}

func conjuncts(e ast.Expr) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
		return append(conjuncts(b.X), conjuncts(b.Y)...)
	}
	return []ast.Expr{e}
}

// tested returns the parameter or field that e tests for a non-zero
// value: v of boolean type, v != nil, v != zero-constant.
func (c *conds) tested(f *funcmodel.Func, e ast.Expr) (*types.Var, int, bool) {
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok {
		if b.Op != token.NEQ {
			return nil, 0, false
		}
		switch {
		case c.zeroValue(b.Y):
			e = b.X
		case c.zeroValue(b.X):
			e = b.Y
		default:
			return nil, 0, false
		}
	} else if t := c.pass.TypesInfo.TypeOf(e); t == nil {
		return nil, 0, false
	} else if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsBoolean == 0 {
		return nil, 0, false
	}
	return c.path(f, e)
}

// usesOf returns how f's code, literals included, uses its parameter
// p.
func (c *conds) usesOf(f *funcmodel.Func, p *types.Var) *uses {
	if u, ok := c.stable[f][p]; ok {
		return u
	}
	u := &uses{fields: make(map[int]bool)}
	var stack []ast.Node
	ast.Inspect(f.Node, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok || c.pass.TypesInfo.Uses[id] != p {
			return true
		}
		c.use(u, id, stack)
		return true
	})
	if c.stable[f] == nil {
		c.stable[f] = make(map[*types.Var]*uses)
	}
	c.stable[f][p] = u
	return u
}

// use records the use of a parameter at id, whose ancestors are stack
// (id last).
func (c *conds) use(u *uses, id *ast.Ident, stack []ast.Node) {
	info := c.pass.TypesInfo
	parent := func(k int) ast.Node { // the k-th ancestor of id, parentheses skipped
		for i := len(stack) - 2; i >= 0; i-- {
			if _, ok := stack[i].(*ast.ParenExpr); ok {
				continue
			}
			if k == 0 {
				return stack[i]
			}
			k--
		}
		return nil
	}
	k := 0
	if sel, ok := parent(0).(*ast.SelectorExpr); ok && ast.Unparen(sel.X) == id {
		s, ok := info.Selections[sel]
		if !ok || s.Kind() != types.FieldVal {
			u.written = true // a method may change its receiver
			return
		}
		field := s.Index()[0]
		var top ast.Expr = sel
		k = 1
		// Climb what is reached from the field: a write to any of it
		// counts as a write of the field.
	climb:
		for {
			switch x := parent(k).(type) {
			case *ast.SelectorExpr:
				if ast.Unparen(x.X) == top {
					if s, ok := info.Selections[x]; !ok || s.Kind() != types.FieldVal {
						u.fields[field] = true // a method of the field
					}
					top, k = x, k+1
					continue
				}
			case *ast.IndexExpr:
				if ast.Unparen(x.X) == top {
					top, k = x, k+1
					continue
				}
			case *ast.StarExpr:
				if ast.Unparen(x.X) == top {
					top, k = x, k+1
					continue
				}
			}
			break climb
		}
		if changes(parent(k), top) {
			u.fields[field] = true
		}
		return
	}
	if changes(parent(0), id) {
		u.written = true
		return
	}
	if b, ok := parent(0).(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
		return
	}
	u.bare = append(u.bare, id)
}

// changes reports whether parent changes x, its child: x is assigned,
// incremented, assigned by a range statement, or its address taken.
func changes(parent ast.Node, x ast.Expr) bool {
	is := func(e ast.Expr) bool { return e != nil && ast.Unparen(e) == x }
	switch p := parent.(type) {
	case *ast.AssignStmt:
		return slices.ContainsFunc(p.Lhs, is)
	case *ast.IncDecStmt:
		return is(p.X)
	case *ast.RangeStmt:
		return p.Tok == token.ASSIGN && (is(p.Key) || is(p.Value))
	case *ast.UnaryExpr:
		return p.Op == token.AND && is(p.X)
	}
	return false
}
