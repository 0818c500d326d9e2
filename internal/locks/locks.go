// Package locks computes, for the nodes of a function's control-flow
// graph, which mutexes are certainly held there: a forward must-analysis
// over the graph, where Lock and RLock acquire, Unlock and RUnlock
// release (a deferred Unlock releases only at return), and paths meet by
// intersection.
package locks

import (
	"go/ast"
	"go/types"
	"maps"

	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/internal/knowledge"
)

var (
	acquire = map[string]bool{"sync.Mutex.Lock": true, "sync.RWMutex.Lock": true, "sync.RWMutex.RLock": true}
	release = map[string]bool{"sync.Mutex.Unlock": true, "sync.RWMutex.Unlock": true, "sync.RWMutex.RUnlock": true}
)

// held is a set of mutexes, named by the expression of the receiver.
type held map[string]bool

// Held maps each node of a graph to whether some mutex is held when the
// node starts.
type Held map[ast.Node]bool

// Analyze computes the held mutexes of g's nodes.
func Analyze(info *types.Info, g *cfg.CFG) Held {
	result := make(Held)
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
			in := meet(b, entry, preds[b], out)
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
		cur := maps.Clone(meet(b, entry, preds[b], out))
		for _, n := range b.Nodes {
			result[n] = len(cur) > 0
			transfer(info, n, cur)
		}
	}
	return result
}

// meet intersects the outputs of a block's computed predecessors.
func meet(b, entry *cfg.Block, preds []*cfg.Block, out map[*cfg.Block]held) held {
	if b == entry {
		return held{}
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
		in = held{}
	}
	return in
}

// transfer applies the lock operations of node n (outside function
// literals and defer statements) to cur.
func transfer(info *types.Info, n ast.Node, cur held) {
	if _, ok := n.(*ast.DeferStmt); ok {
		return // a deferred Unlock releases at return
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
			key := knowledge.CalleeKey(info, x)
			switch {
			case acquire[key]:
				cur[types.ExprString(sel.X)] = true
			case release[key]:
				delete(cur, types.ExprString(sel.X))
			}
		}
		return true
	})
}

// At reports whether a mutex is held at the node of g containing pos.
func (h Held) At(g *cfg.CFG, n ast.Node) bool {
	if g == nil {
		return false
	}
	for _, b := range g.Blocks {
		for _, node := range b.Nodes {
			if node.Pos() <= n.Pos() && n.End() <= node.End() {
				return h[node]
			}
		}
	}
	return false
}
