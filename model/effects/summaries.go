package effects

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// A SummarySpec describes a property of what functions do with the
// values given as some of their parameters that is no "reaches a sink"
// (see ParamSpec) but a value of the rule's own finite lattice, computed
// on the function's control flow from what the functions it calls do
// with theirs: "writes through the writer on every path that returns,
// for certain", "on some paths", "never". The engine computes the
// values of the package's declared functions together, to the least
// fixed point (recursion is why they depend on each other), exports
// them as ParamFact[C] (each summarized parameter with a chain whose
// cause is its value) and reads other packages' through ImportedParams,
// so that a rule states one function's summary and nothing else.
type SummarySpec[C interface {
	Cause
	comparable
}] struct {
	// Params returns the indices of the parameters of sig that are
	// summarized; a function with none has no summary.
	Params func(sig *types.Signature) []int
	// Bottom is the least value of the lattice, every summary's first.
	Bottom C
	// Summarize returns the value of f's parameter i, reading what a
	// callee does with its parameter j through of (false when the
	// callee has no summary of j). It must be a function of what it
	// reads, and monotone in it (a greater value of a callee never
	// makes f's smaller), over a lattice of finite height: then the
	// fixed point is reached.
	Summarize func(f *funcmodel.Func, i int, of func(fn *types.Func, j int) (C, bool)) C
}

// A ParamSummaries is the result of SummarizeParams for one package.
type ParamSummaries[C interface {
	Cause
	comparable
}] struct {
	pass     *analysis.Pass
	m        *funcmodel.Model
	values   map[*funcmodel.Func]map[int]C
	imported map[*types.Func]*ParamFact[C]
}

// Of returns the summary of fn's parameter i: from fn's body in this
// package, or from its fact or kept summary for a function of another
// package.
func (s *ParamSummaries[C]) Of(fn *types.Func, i int) (C, bool) {
	if body := s.m.Of(fn); body != nil {
		v, ok := s.values[body][i]
		return v, ok
	}
	var zero C
	if fn.Pkg() == nil || fn.Pkg() == s.pass.Pkg {
		return zero, false
	}
	fn = fn.Origin()
	fact, ok := s.imported[fn]
	if !ok {
		fact, ok = ImportedParams[C](s.pass, s.m, fn)
		if !ok {
			fact = nil
		}
		s.imported[fn] = fact
	}
	if fact == nil {
		return zero, false
	}
	ch, ok := fact.Chain(i)
	return ch.Cause, ok
}

// SummarizeParams computes the summaries of spec for the declared
// functions of the package, exports the facts of the exported ones and
// returns them. It is a worklist over the functions: one whose summary
// grows queues the functions whose summary read it, so each is
// recomputed at most as often as the values it reads grow.
func SummarizeParams[C interface {
	Cause
	comparable
}](pass *analysis.Pass, m *funcmodel.Model, spec SummarySpec[C]) *ParamSummaries[C] {
	s := &ParamSummaries[C]{pass: pass, m: m, values: make(map[*funcmodel.Func]map[int]C), imported: make(map[*types.Func]*ParamFact[C])}
	var funcs []*funcmodel.Func
	params := make(map[*funcmodel.Func][]int)
	for _, f := range m.Funcs {
		if f.Obj == nil {
			continue
		}
		if idx := spec.Params(f.Obj.Signature()); len(idx) > 0 {
			params[f] = idx
			s.values[f] = make(map[int]C, len(idx))
			for _, i := range idx {
				s.values[f][i] = spec.Bottom
			}
			funcs = append(funcs, f)
		}
	}
	readers := make(map[*funcmodel.Func]map[*funcmodel.Func]bool) // who read whose summary
	queued := make(map[*funcmodel.Func]bool)
	order := make(map[*funcmodel.Func]int, len(funcs))
	for k, f := range funcs {
		order[f] = k
	}
	queue := append([]*funcmodel.Func(nil), funcs...)
	for _, f := range funcs {
		queued[f] = true
	}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		queued[f] = false
		of := func(fn *types.Func, j int) (C, bool) {
			if body := m.Of(fn); body != nil && params[body] != nil {
				if readers[body] == nil {
					readers[body] = make(map[*funcmodel.Func]bool)
				}
				readers[body][f] = true
			}
			return s.Of(fn, j)
		}
		changed := false
		for _, i := range params[f] {
			if v := spec.Summarize(f, i, of); v != s.values[f][i] {
				s.values[f][i] = v
				changed = true
			}
		}
		if !changed {
			continue
		}
		var next []*funcmodel.Func
		for g := range readers[f] {
			if !queued[g] {
				queued[g] = true
				next = append(next, g)
			}
		}
		// In source order, for a result that does not depend on the
		// order of a map.
		slices.SortFunc(next, func(a, b *funcmodel.Func) int { return order[a] - order[b] })
		queue = append(queue, next...)
	}
	for _, f := range funcs {
		if !f.Obj.Exported() {
			continue
		}
		fact := &ParamFact[C]{}
		for _, i := range params[f] {
			fact.Params = append(fact.Params, i)
			fact.Chains = append(fact.Chains, ParamChain[C]{Cause: s.values[f][i]})
		}
		pass.ExportObjectFact(f.Obj, fact)
	}
	return s
}
