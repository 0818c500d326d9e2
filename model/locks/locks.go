// Package locks computes, for the nodes of a function's control-flow
// graph, which mutexes are certainly held there: a forward must-analysis
// over the graph, where Lock and RLock acquire, Unlock and RUnlock
// release (a deferred Unlock releases only at return; a go statement's
// runs on another goroutine and changes nothing here), and paths meet by
// intersection.
package locks

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// held is a set of mutexes, named by the expression of the receiver.
type held map[string]bool

// Held records, for each node of a graph, whether some mutex is held when
// the node starts.
type Held struct {
	nodes []ast.Node // the graph's nodes, by position
	held  map[ast.Node]bool
}

// Analyze computes the held mutexes of g's nodes.
func Analyze(info *types.Info, g *cfg.CFG) Held {
	result := Held{held: make(map[ast.Node]bool)}
	if g == nil || len(g.Blocks) == 0 {
		return result
	}
	preds := make(map[*cfg.Block][]*cfg.Block)
	for _, b := range g.Blocks {
		for _, s := range b.Succs {
			preds[s] = append(preds[s], b)
		}
	}
	out := make(map[*cfg.Block]held) // nil: not yet computed (top)
	entry := g.Blocks[0]
	for changed := true; changed; {
		changed = false
		for _, b := range g.Blocks {
			if !b.Live {
				continue
			}
			in, known := meet(b, entry, preds[b], out)
			if !known {
				continue // still top: no predecessor computed yet
			}
			cur := maps.Clone(in)
			for _, n := range b.Nodes {
				transfer(info, n, cur)
			}
			if old, ok := out[b]; !ok || !maps.Equal(old, cur) {
				out[b] = cur
				changed = true
			}
		}
	}
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		in, _ := meet(b, entry, preds[b], out)
		cur := maps.Clone(in)
		for _, n := range b.Nodes {
			result.held[n] = len(cur) > 0
			result.nodes = append(result.nodes, n)
			transfer(info, n, cur)
		}
	}
	slices.SortFunc(result.nodes, func(a, b ast.Node) int { return cmp.Compare(a.Pos(), b.Pos()) })
	return result
}

// meet intersects the outputs of a block's computed predecessors; a
// predecessor not yet computed is top and does not constrain. It reports
// false when no predecessor is computed: the block's input is still top.
// Starting every block at top keeps the iteration decreasing, so it
// terminates.
func meet(b, entry *cfg.Block, preds []*cfg.Block, out map[*cfg.Block]held) (held, bool) {
	if b == entry {
		return held{}, true
	}
	var in held
	for _, p := range preds {
		o, ok := out[p]
		if !ok {
			continue // top: does not constrain
		}
		if in == nil {
			in = maps.Clone(o)
			continue
		}
		for k := range in {
			if !o[k] {
				delete(in, k)
			}
		}
	}
	if in == nil {
		return held{}, false
	}
	return in, true
}

// transfer applies the lock operations of node n (outside function
// literals, defer and go statements) to cur.
func transfer(info *types.Info, n ast.Node, cur held) {
	switch n.(type) {
	case *ast.DeferStmt:
		return // a deferred Unlock releases at return
	case *ast.GoStmt:
		return // go mu.Unlock() releases on another goroutine, some time later
	}
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			switch knowledge.LockOpOf(knowledge.Callee(info, x)) {
			case knowledge.Acquire:
				cur[types.ExprString(sel.X)] = true
			case knowledge.Release:
				delete(cur, types.ExprString(sel.X))
			}
		}
		return true
	})
}

// At reports whether a mutex is held at the graph node containing n.
func (h Held) At(n ast.Node) bool {
	// The last node starting at or before n; graph nodes do not nest.
	i, _ := slices.BinarySearchFunc(h.nodes, n.Pos(), func(x ast.Node, pos token.Pos) int { return cmp.Compare(x.Pos(), pos) })
	for j := min(i, len(h.nodes)-1); j >= 0 && j >= i-1; j-- {
		if node := h.nodes[j]; node.Pos() <= n.Pos() && n.End() <= node.End() {
			return h.held[node]
		}
	}
	return false
}
