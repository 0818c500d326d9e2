package funcmodel

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
)

// Reach visits, in breadth-first order, the bodies of the package that
// the roots reach through the edges follow accepts, each body once, with
// the first root (in the order given) that reaches it; a body that enter
// rejects is neither visited nor passed through, and neither is a root it
// rejects. It is the model's forward search over the call graph, as the
// effect engine's propagation is its backward one: its cost is linear in
// the size of the call graph, however many roots share bodies.
func (m *Model) Reach(roots []*Func, follow func(Edge) bool, enter func(*Func) bool, visit func(f, root *Func)) {
	seen := make(map[*Func]bool)
	for _, root := range roots {
		if seen[root] || !enter(root) {
			continue
		}
		seen[root] = true
		queue := []*Func{root}
		for len(queue) > 0 {
			f := queue[0]
			queue = queue[1:]
			visit(f, root)
			for _, e := range f.Edges {
				if t := m.Target(e); t != nil && follow(e) && !seen[t] && enter(t) {
					seen[t] = true
					queue = append(queue, t)
				}
			}
		}
	}
}

// ReachedFrom returns the entry points of other packages that reach f,
// a body of the package that is no entry point, through calls from
// their packages (see Entry.Caller), in a stable order; nil when none
// does.
func (m *Model) ReachedFrom(f *Func) []*Entry {
	var from []*Entry
	for _, e := range f.Entries {
		if e.Caller != "" {
			from = append(from, e)
		}
	}
	return from
}

// ReachedRelated returns, for a body that entry points of other
// packages reach (see ReachedFrom), the related position a finding in
// it names, the other end of its chain: the call in the entry point's
// package that reaches it (or, when the driver did not say where that
// is, the declaration of the function called), saying which entry
// point runs it; nil for any other body.
func (m *Model) ReachedRelated(f *Func) []analysis.RelatedInformation {
	from := m.ReachedFrom(f)
	if len(from) == 0 {
		return nil
	}
	e := from[0]
	if e.CallPos.IsValid() {
		return []analysis.RelatedInformation{{Pos: e.CallPos, Message: fmt.Sprintf("%s calls %s here, which entry point %q (%s) runs", e.Caller, e.Obj.Name(), e.Name, e.Via)}}
	}
	if !e.Pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: e.Pos, Message: fmt.Sprintf("%s is called from %s, which entry point %q (%s) runs", e.Obj.Name(), e.Caller, e.Name, e.Via)}}
}
