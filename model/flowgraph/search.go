package flowgraph

// The path questions fnlint's analyzers ask of a function's control-flow
// graph: is there a path from here to a return on which no node does X?
// Each question visits every block at most once, so it costs time linear
// in the size of the graph, however many paths there are.

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// A Search is one path question on the graph of one function.
type Search struct {
	CFGs *Graphs
	Func *funcmodel.Func
	// Guard reports whether a node settles the path (a join, a write).
	Guard func(ast.Node) bool
}

// Result is the answer to a search.
type Result struct {
	// Exits are the return statements, or the closing brace (see
	// IsClosingBrace), of the paths that no guard settles.
	Exits []ast.Node
	// Guarded reports whether some path met a guard.
	Guarded bool
}

// From searches from the node containing pos (exclusive); pos ==
// token.NoPos searches from the function's entry. It returns nil when the
// function has no graph or pos lies in unreachable code.
func (s *Search) From(pos token.Pos) *Result {
	g := s.CFGs.Of(s.Func)
	if g == nil || len(g.Blocks) == 0 {
		return nil
	}
	start, index := g.Blocks[0], 0
	if pos.IsValid() {
		start, index = locate(g, pos)
		if start == nil {
			return nil
		}
		index++
	}
	impossible, comms := selectFacts(s.Func.Body())
	res := &Result{}
	type item struct {
		b *cfg.Block
		i int
	}
	visited := map[*cfg.Block]bool{start: true}
	stack := []item{{start, index}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b := it.b
		if b.Kind == cfg.KindSelectAfterCase && impossible[b.Stmt] {
			continue // no case of a select without default was taken
		}
		guarded := false
		if it.i == 0 && b.Kind == cfg.KindSelectCaseBody {
			// The case's communication decides the path: go/cfg
			// evaluates every case's communication before the branch,
			// so the receive of the taken case guards only its body.
			if cc, ok := b.Stmt.(*ast.CommClause); ok && cc.Comm != nil && s.Guard(cc.Comm) {
				guarded = true
			}
		}
		// A loop whose body settles the path is taken to run at least
		// once (a loop receiving one result per goroutine, a loop
		// writing each item): its head does not lead to its end. The
		// body is searched, so a break before the guard is a path out.
		skipDone := it.i == 0 && (b.Kind == cfg.KindForLoop || b.Kind == cfg.KindRangeLoop) && s.Guard(b.Stmt)
		for _, n := range b.Nodes[it.i:] {
			if guarded {
				break
			}
			if comms[n] {
				continue // evaluated before the select branches: see above
			}
			guarded = s.Guard(n)
		}
		if guarded {
			res.Guarded = true
			continue
		}
		if len(b.Succs) == 0 {
			if exit := s.exit(b); exit != nil {
				res.Exits = append(res.Exits, exit)
			}
			continue
		}
		for _, succ := range b.Succs {
			if skipDone && succ.Stmt == b.Stmt && (succ.Kind == cfg.KindForDone || succ.Kind == cfg.KindRangeDone) {
				continue
			}
			if !visited[succ] {
				visited[succ] = true
				stack = append(stack, item{succ, 0})
			}
		}
	}
	return res
}

// locate returns the live block and node index that contain pos.
func locate(g *cfg.CFG, pos token.Pos) (*cfg.Block, int) {
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for i, node := range b.Nodes {
			if node.Pos() <= pos && pos < node.End() {
				return b, i
			}
		}
	}
	return nil, 0
}

// exit returns the node through which a block without successors leaves
// the function: its return statement, or the closing brace when it falls
// off the end (go/cfg makes that return explicit at the brace). It
// returns nil for a dead block or one ending in a call that never
// returns: the invocation does not end normally there.
func (s *Search) exit(b *cfg.Block) ast.Node {
	if !b.Live {
		return nil
	}
	body := s.Func.Body()
	if ret := b.Return(); ret != nil {
		if ret.Return == body.Rbrace && ret.Results == nil {
			return ClosingBrace{body}
		}
		return ret
	}
	// Without a return, the block ends in a call that never returns
	// (panic, os.Exit, log.Fatal and functions that always call them:
	// see the flowgraph analyzer).
	return nil
}

// ClosingBrace stands for the end of a body that control falls off.
type ClosingBrace struct{ Body *ast.BlockStmt }

func (c ClosingBrace) Pos() token.Pos { return c.Body.Rbrace }
func (c ClosingBrace) End() token.Pos { return c.Body.Rbrace + 1 }

// IsClosingBrace reports whether an exit is the end of the body.
func IsClosingBrace(n ast.Node) bool {
	_, ok := n.(ClosingBrace)
	return ok
}

// selectFacts returns, for the selects of body, the last communication
// clause of every select without default (go/cfg gives it an edge to
// the end of the select for "no case taken", which cannot happen), and
// the communication statements of every case.
func selectFacts(body *ast.BlockStmt) (impossible map[ast.Stmt]bool, comms map[ast.Node]bool) {
	impossible, comms = make(map[ast.Stmt]bool), make(map[ast.Node]bool)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectStmt:
			var last ast.Stmt
			hasDefault := false
			for _, c := range n.Body.List {
				cc := c.(*ast.CommClause)
				if cc.Comm == nil {
					hasDefault = true
					continue
				}
				comms[cc.Comm] = true
				last = c
			}
			if last != nil && !hasDefault {
				impossible[last] = true
			}
		}
		return true
	})
	return impossible, comms
}
