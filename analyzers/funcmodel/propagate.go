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
// entering the chain. The computation is a fixed point over the package's
// call graph, so recursion terminates.
func (m *Model) Propagate(direct func(*Func) string, imported func(*types.Func) []string, follow func(Edge) bool) map[*Func][]string {
	chains := make(map[*Func][]string)
	for _, f := range m.Funcs {
		if cause := direct(f); cause != "" {
			chains[f] = []string{cause}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, f := range m.Funcs {
			if chains[f] != nil {
				continue
			}
			for _, e := range f.Edges {
				if !follow(e) {
					continue
				}
				var chain []string
				if t := m.Target(e); t != nil {
					if c := chains[t]; c != nil {
						if t.Obj != nil {
							chain = append([]string{knowledge.ShortName(t.Obj)}, c...)
						} else {
							chain = c
						}
					}
				} else if e.Callee != nil && e.Callee.Pkg() != m.Pkg {
					if c := imported(e.Callee); c != nil {
						chain = append([]string{knowledge.ShortName(e.Callee)}, c...)
					}
				}
				if chain != nil {
					chains[f] = chain[:min(len(chain), maxChain)]
					changed = true
					break
				}
			}
		}
	}
	return chains
}

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
