// Package effects computes, for an analyzer, an effect of calls that
// flows from callee to caller (creates a client, dials port 25): where it
// happens directly in a package's code, which functions have it through
// their calls (exported as facts for the packages of the module that call
// them), and the sites in selected code where a diagnostic belongs.
package effects

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/knowledge"
)

// A Fact records that a function has the effect; the chain names the
// calls that lead to it, the cause last.
type Fact interface {
	analysis.Fact
	Chain() []string
	SetChain([]string)
}

// A Spec describes an effect.
type Spec struct {
	// Cause returns a name for n when n, a node of a body's own code
	// whose parent is parent, causes the effect directly; else "".
	Cause func(f *funcmodel.Func, n, parent ast.Node) string
	// Follow says which edges carry the effect from callee to caller.
	Follow func(funcmodel.Edge) bool
	// NewFact returns a new, empty fact of the analyzer's fact type.
	NewFact func() Fact
}

// A Site is where selected code has the effect: a direct cause (Chain
// nil) or a call of a function of another package whose fact says it has
// the effect (Chain from the callee to the cause).
type Site struct {
	Func  *funcmodel.Func
	Node  ast.Node
	Name  string
	Chain []string
}

// Run computes the effect for the package, exports facts for its
// exported functions that have it, and returns the sites in the bodies
// that where selects, in source order.
func Run(pass *analysis.Pass, m *funcmodel.Model, spec Spec, where func(*funcmodel.Func) bool) []Site {
	imported := func(fn *types.Func) []string {
		fact := spec.NewFact()
		if pass.ImportObjectFact(fn, fact) {
			return fact.Chain()
		}
		return nil
	}
	chains := m.Propagate(func(f *funcmodel.Func) string {
		name := ""
		inspect(f, func(n, parent ast.Node) bool {
			name = spec.Cause(f, n, parent)
			return name == ""
		})
		return name
	}, imported, spec.Follow)
	for _, f := range m.Funcs {
		if f.Obj != nil && f.Obj.Exported() && chains[f] != nil {
			fact := spec.NewFact()
			fact.SetChain(chains[f])
			pass.ExportObjectFact(f.Obj, fact)
		}
	}

	var sites []Site
	for _, f := range m.Funcs {
		if !where(f) {
			continue
		}
		inspect(f, func(n, parent ast.Node) bool {
			if name := spec.Cause(f, n, parent); name != "" {
				sites = append(sites, Site{Func: f, Node: n, Name: name})
			}
			return true
		})
		for _, e := range f.ImportedCalls(pass.Pkg, spec.Follow) {
			if chain := imported(e.Callee); chain != nil {
				name := knowledge.ShortName(e.Callee)
				sites = append(sites, Site{Func: f, Node: e.Node, Name: name, Chain: append([]string{name}, chain...)})
			}
		}
	}
	return sites
}

// inspect walks f's own code, giving each node with its parent, until
// visit returns false.
func inspect(f *funcmodel.Func, visit func(n, parent ast.Node) bool) {
	done := false
	f.InspectParents(func(n, parent ast.Node) bool {
		done = done || !visit(n, parent)
		return !done
	})
}
