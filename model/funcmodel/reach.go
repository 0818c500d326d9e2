package funcmodel

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
