package funcmodel

import (
	"go/types"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// maxChain bounds the length of the chains Propagate records.
const maxChain = 5

// Propagate computes which bodies of the package have a property that
// flows from callee to caller, such as "may terminate the process", and
// for each the chain of names that explains it, the cause last:
// ["config.MustEnv", "log.Fatalf"].
//
// direct returns the cause found in a body's own code, or "". imported
// returns the chain of a function of another package (from its fact), or
// nil. follow says which edges carry the property. A body reaches the
// property through a literal it contains without the literal's name
// entering the chain.
//
// The computation is a breadth-first search backwards over the call
// graph from the bodies that have the property on their own, so it costs
// time linear in the size of the graph, terminates on recursion, and
// records a shortest chain.
func (m *Model) Propagate(direct func(*Func) string, imported func(*types.Func) []string, follow func(Edge) bool) map[*Func][]string {
	chains := make(map[*Func][]string)
	var queue []*Func
	// callers maps a body to the bodies that call it, with the edge.
	type caller struct {
		from *Func
		edge Edge
	}
	callers := make(map[*Func][]caller)
	for _, f := range m.Funcs {
		if cause := direct(f); cause != "" {
			chains[f] = []string{cause}
			queue = append(queue, f)
		}
	}
	for _, f := range m.Funcs {
		for _, e := range f.Edges {
			if !follow(e) {
				continue
			}
			if t := m.Target(e); t != nil {
				callers[t] = append(callers[t], caller{f, e})
			} else if chains[f] == nil && e.Callee != nil && e.Callee.Pkg() != m.Pkg {
				if c := imported(e.Callee); c != nil {
					chains[f] = clip(append([]string{knowledge.ShortName(e.Callee)}, c...))
					queue = append(queue, f)
				}
			}
		}
	}
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		for _, c := range callers[t] {
			if chains[c.from] != nil {
				continue
			}
			chain := chains[t]
			if t.Obj != nil {
				chain = append([]string{knowledge.ShortName(t.Obj)}, chain...)
			}
			chains[c.from] = clip(chain)
			queue = append(queue, c.from)
		}
	}
	return chains
}

func clip(chain []string) []string { return chain[:min(len(chain), maxChain)] }

// Explain renders a chain as "calls a, which calls b, which calls c".
func Explain(chain []string) string {
	s := ""
	for i, name := range chain {
		if i == 0 {
			s = "calls " + name
		} else {
			s += ", which calls " + name
		}
	}
	return s
}
