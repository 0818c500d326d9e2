package effects

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A ParamSpec describes what functions do with the values given to
// their parameters (a context, a request): a value given as parameter i
// of a function reaches a sink (a client constructor whose client is
// kept, any call) in the function's own code, in the literals that
// capture the parameter, or in the functions it passes the value to,
// in this package or, through facts, in others. A rule states the sink;
// the engine follows the values across calls and packages, with one
// generic fact, ParamFact[C], and returns the places where a value that
// is no parameter's reaches a sink, for the rule to judge.
type ParamSpec[C Cause] struct {
	// Follow, if set, reports whether the values of parameter p are
	// followed; others reach nothing.
	Follow func(p *types.Var) bool
	// Sink returns, when the node at c in f's own code is a sink, the
	// expressions whose values reach it and the cause.
	Sink func(f *funcmodel.Func, c inspector.Cursor) ([]ast.Expr, C, bool)
	// Param returns the parameter whose value e, an expression of f's
	// own code, is: one of f or of a function enclosing f (a literal's
	// captured parameter), or nil when e is not a parameter's value or
	// the rule stops there (an entry point's parameter, which no caller
	// in the user's code gives).
	Param func(f *funcmodel.Func, e ast.Expr) *types.Var
	// Carry says which edges carry a value given as an argument to the
	// callee: only calls whose arguments are seen (e.Node == e.Call)
	// are considered.
	Carry func(funcmodel.Edge) bool
	// Dropped makes the facts list the followed parameters that reach
	// no sink, whose values the function drops (keeps in a field,
	// ignores), instead of those that reach one.
	Dropped bool
}

// A ParamChain explains how a value given as a parameter reaches a
// sink.
type ParamChain[C Cause] struct {
	Path  []string // the calls that lead to the sink, nearest first
	Cause C
	// At is where the sink is, as a position that survives the package
	// boundary (see Pos).
	At token.Position
}

// ParamFact records, for a function, the parameters whose values reach
// the sink whose cause type is C, each with its chain; for a Dropped
// spec, those whose values reach none (Chains nil).
type ParamFact[C Cause] struct {
	Params []int
	Chains []ParamChain[C]
}

func (*ParamFact[C]) AFact() {}

// String says, with C's label, which parameters the fact lists, and
// for a sink reached how: "keeps a client built from parameter [0] via
// setup.init -> storage.NewClient".
func (f *ParamFact[C]) String() string {
	var c C
	s := c.Label() + " " + fmt.Sprint(f.Params)
	if len(f.Chains) > 0 {
		ch := f.Chains[0]
		s += " via " + strings.Join(append(slices.Clone(ch.Path), ch.Cause.String()), " -> ")
	}
	return s
}

// paramEffect names a ParamFact[C] in the driver's summaries.
func paramEffect[C Cause]() string {
	var c C
	return c.Label() + " (parameters)"
}

// Summary returns the fact as a summary of a dependency's function (see
// Fact.Summary): its cause is the JSON encoding of the whole fact.
func (f *ParamFact[C]) Summary() (string, funcmodel.Summary) {
	data, err := json.Marshal(f)
	if err != nil {
		// A fact that does not encode (a broken invariant: its fields
		// are strings, slices and maps of them) keeps an empty cause,
		// which is not decoded: the dependency is summarized without
		// it, and nothing is reported through it.
		data = nil
	}
	return paramEffect[C](), funcmodel.Summary{Cause: string(data)}
}

// Chain returns the chain of parameter i, if the fact lists it with one.
func (f *ParamFact[C]) Chain(i int) (ParamChain[C], bool) {
	for k, p := range f.Params {
		if p == i && k < len(f.Chains) {
			return f.Chains[k], true
		}
	}
	return ParamChain[C]{}, false
}

// A ParamSite is where a value that the engine does not follow further
// (Param gives no parameter for it) reaches a sink: at the sink itself
// (Path nil), or given to a call whose callee's parameter reaches one.
type ParamSite[C Cause] struct {
	Func  *funcmodel.Func
	Node  ast.Node // the sink, or the call
	Value ast.Expr // the value that reaches the sink
	Name  string   // for a call, the function called
	Path  []string // for a call, the calls from the site to the sink, the callee first
	Cause C
	At    token.Position // where the sink is
}

// A ParamFlow is the result of FollowParams for one package.
type ParamFlow[C Cause] struct {
	pass   *analysis.Pass
	m      *funcmodel.Model
	spec   ParamSpec[C]
	chains map[*funcmodel.Func]map[int]ParamChain[C]
	// Sites are the places where values not followed further reach a
	// sink, in source order.
	Sites []ParamSite[C]
}

// Reaches returns the chain by which a value given as parameter i of
// fn reaches the sink: from fn's body in this package, or from its
// fact or summary (see Imported) for a function of another package.
// For a Dropped spec, see Drops.
func (pf *ParamFlow[C]) Reaches(fn *types.Func, i int) (ParamChain[C], bool) {
	if body := pf.m.Of(fn); body != nil {
		ch, ok := pf.chains[body][i]
		return ch, ok
	}
	if fn.Pkg() == pf.pass.Pkg {
		return ParamChain[C]{}, false
	}
	if fact, ok := ImportedParams[C](pf.pass, pf.m, fn); ok {
		return fact.Chain(i)
	}
	return ParamChain[C]{}, false
}

// In returns the chain by which a value given as parameter i of f, a
// body of this package, reaches the sink.
func (pf *ParamFlow[C]) In(f *funcmodel.Func, i int) (ParamChain[C], bool) {
	ch, ok := pf.chains[f][i]
	return ch, ok
}

// Drops reports, for a Dropped spec, whether fn, whose code was read
// (in this package, or in another that left a fact), drops the value
// given as its parameter i: it is followed and reaches no sink.
func (pf *ParamFlow[C]) Drops(fn *types.Func, i int) bool {
	if body := pf.m.Of(fn); body != nil {
		return slices.Contains(pf.dropped(body), i)
	}
	if fn.Pkg() == pf.pass.Pkg {
		return false
	}
	fact, ok := ImportedParams[C](pf.pass, pf.m, fn)
	return ok && slices.Contains(fact.Params, i)
}

// Pos returns the position of p, a position kept in a fact (a
// ParamChain's At, a cause's), in the files of this run, or token.NoPos
// when its file is not among them (a package read from export data in
// another process). A file of that name whose line table does not put
// the offset at p's line and column is not the source: go vet gives the
// files of export data fake line tables.
func Pos(pass *analysis.Pass, p token.Position) token.Pos {
	var pos token.Pos
	if !p.IsValid() {
		return pos
	}
	pass.Fset.Iterate(func(f *token.File) bool {
		if f.Name() == p.Filename && p.Offset <= f.Size() {
			at := f.Position(f.Pos(p.Offset))
			if at.Line == p.Line && at.Column == p.Column {
				pos = f.Pos(p.Offset)
				return false
			}
		}
		return true
	})
	return pos
}

// ImportedParams returns the parameter fact of fn, a function of
// another package, from its fact or from the summary the driver kept
// of it (see Imported).
func ImportedParams[C Cause](pass *analysis.Pass, m *funcmodel.Model, fn *types.Func) (*ParamFact[C], bool) {
	fact := new(ParamFact[C])
	ok := imported(pass, m, fn, fact, paramEffect[C](), func(s funcmodel.Summary) bool {
		return json.Unmarshal([]byte(s.Cause), fact) == nil
	})
	return fact, ok
}

// FollowParams computes, for the bodies of the package, which of their
// parameters' values reach the sink of spec, with a shortest chain for
// each, exports the facts of the exported functions, and collects the
// sites where values that are no followed parameter's reach it. Like
// Propagate it is a breadth-first search backwards over the calls, from
// the sinks, so it costs time linear in the calls and terminates on
// recursion. A dependency's model (funcmodel.Model.Summarized) gets
// nothing: no rule follows values in dependencies yet.
func FollowParams[C Cause](pass *analysis.Pass, m *funcmodel.Model, spec ParamSpec[C]) *ParamFlow[C] {
	pf := &ParamFlow[C]{pass: pass, m: m, spec: spec, chains: make(map[*funcmodel.Func]map[int]ParamChain[C])}
	if m.Summarized {
		return pf
	}
	type reached struct {
		f *funcmodel.Func
		i int
	}
	var queue []reached
	// reach records that value v, in f, reaches the sink by ch.
	reach := func(f *funcmodel.Func, n ast.Node, v ast.Expr, name string, ch ParamChain[C]) {
		if p := spec.Param(f, v); p != nil && (spec.Follow == nil || spec.Follow(p)) {
			if d, i := declaring(pass.TypesInfo, f, p); d != nil {
				if _, done := pf.chains[d][i]; !done {
					if pf.chains[d] == nil {
						pf.chains[d] = make(map[int]ParamChain[C])
					}
					ch.Path = clip(ch.Path)
					pf.chains[d][i] = ch
					queue = append(queue, reached{d, i})
				}
				return
			}
		}
		if spec.Dropped {
			return // a Dropped spec judges functions, not sites
		}
		site := ParamSite[C]{Func: f, Node: n, Value: v, Cause: ch.Cause, At: ch.At}
		if name != "" {
			site.Name, site.Path = name, clip(ch.Path)
		}
		pf.Sites = append(pf.Sites, site)
	}
	// argument returns the argument given as parameter i by a call; nil
	// for a variadic parameter, and for a call of a method expression
	// ((*T).M(t, x)), whose arguments start with the receiver.
	argument := func(e funcmodel.Edge, callee *types.Signature, i int) ast.Expr {
		if i >= len(e.Call.Args) || callee != nil && callee.Variadic() && i >= callee.Params().Len()-1 {
			return nil
		}
		if sel, ok := ast.Unparen(e.Call.Fun).(*ast.SelectorExpr); ok {
			if s, ok := pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodExpr {
				return nil
			}
		}
		return e.Call.Args[i]
	}
	type caller struct {
		from *funcmodel.Func
		edge funcmodel.Edge
	}
	callers := make(map[*funcmodel.Func][]caller)
	for _, f := range m.Funcs {
		f.Walk(func(c inspector.Cursor) bool {
			if vals, cause, ok := spec.Sink(f, c); ok {
				at := pass.Fset.Position(c.Node().Pos())
				for _, v := range vals {
					reach(f, c.Node(), v, "", ParamChain[C]{Cause: cause, At: at})
				}
			}
			return true
		})
		for _, e := range f.Edges {
			if e.Call == nil || e.Node != ast.Node(e.Call) || !spec.Carry(e) {
				continue
			}
			if t := m.Target(e); t != nil {
				callers[t] = append(callers[t], caller{f, e})
			} else if e.Callee != nil && e.Callee.Pkg() != m.Pkg {
				fact, ok := ImportedParams[C](pass, m, e.Callee)
				if !ok || spec.Dropped {
					continue
				}
				name := knowledge.ShortName(e.Callee)
				for k, i := range fact.Params {
					if arg := argument(e, e.Callee.Signature(), i); arg != nil && k < len(fact.Chains) {
						ch := fact.Chains[k]
						reach(f, e.Call, arg, name, ParamChain[C]{Path: append([]string{name}, ch.Path...), Cause: ch.Cause, At: ch.At})
					}
				}
			}
		}
	}
	for len(queue) > 0 {
		r := queue[0]
		queue = queue[1:]
		ch := pf.chains[r.f][r.i]
		name := ""
		path := ch.Path
		if r.f.Obj != nil {
			name = knowledge.ShortName(r.f.Obj)
			path = append([]string{name}, path...)
		}
		for _, c := range callers[r.f] {
			if arg := argument(c.edge, r.f.Signature(pass.TypesInfo), r.i); arg != nil {
				reach(c.from, c.edge.Call, arg, name, ParamChain[C]{Path: path, Cause: ch.Cause, At: ch.At})
			}
		}
	}
	slices.SortStableFunc(pf.Sites, func(a, b ParamSite[C]) int { return int(a.Value.Pos() - b.Value.Pos()) })
	for _, f := range m.Funcs {
		if f.Obj == nil || !f.Obj.Exported() {
			continue
		}
		fact := &ParamFact[C]{Params: pf.dropped(f)}
		if !spec.Dropped {
			fact.Params = nil
			for i := range f.Obj.Signature().Params().Len() {
				if ch, ok := pf.chains[f][i]; ok {
					fact.Params = append(fact.Params, i)
					fact.Chains = append(fact.Chains, ch)
				}
			}
		}
		if len(fact.Params) > 0 {
			pass.ExportObjectFact(f.Obj, fact)
		}
	}
	return pf
}

// dropped returns, for a Dropped spec, the indices of f's followed
// parameters whose values reach no sink.
func (pf *ParamFlow[C]) dropped(f *funcmodel.Func) []int {
	sig := f.Signature(pf.pass.TypesInfo)
	if !pf.spec.Dropped || sig == nil || f.Body() == nil {
		return nil
	}
	var params []int
	for i := range sig.Params().Len() {
		if _, ok := pf.chains[f][i]; !ok && (pf.spec.Follow == nil || pf.spec.Follow(sig.Params().At(i))) {
			params = append(params, i)
		}
	}
	return params
}

// declaring returns the body, f or one enclosing it, of which v is a
// parameter, and its index there; nil when v is none.
func declaring(info *types.Info, f *funcmodel.Func, v *types.Var) (*funcmodel.Func, int) {
	for g := f; g != nil; g = g.Parent {
		if sig := g.Signature(info); sig != nil {
			for i := range sig.Params().Len() {
				if sig.Params().At(i) == v {
					return g, i
				}
			}
		}
	}
	return nil, -1
}
