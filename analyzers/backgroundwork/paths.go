package backgroundwork

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/knowledge"
)

// escapes reports whether the spawn's work escapes f: whether some path
// of f's control-flow graph leads from the spawn to a return without
// passing a join. The search visits each block once, so it is linear in
// the size of the graph whatever the number of paths.
func escapes(pass *analysis.Pass, cfgs *ctrlflow.CFGs, f *funcmodel.Func, s *spawn) *finding {
	// A deferred join joins every return.
	deferred := false
	f.Inspect(func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok && s.join(d) {
			deferred = true
		}
		return !deferred
	})
	if deferred {
		return nil
	}
	var g *cfg.CFG
	switch n := f.Node.(type) {
	case *ast.FuncDecl:
		g = cfgs.FuncDecl(n)
	case *ast.FuncLit:
		g = cfgs.FuncLit(n)
	}
	if g == nil {
		return nil
	}
	start, index := locate(g, s.node)
	if start == nil {
		return nil // unreachable code
	}
	fd := &finding{spawn: s}
	visited := make(map[*cfg.Block]bool)
	type item struct {
		b *cfg.Block
		i int
	}
	stack := []item{{start, index + 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		joined := false
		if it.i == 0 && (it.b.Kind == cfg.KindForLoop || it.b.Kind == cfg.KindRangeLoop) && s.join(it.b.Stmt) {
			// A loop that joins is taken to run at least once: a loop
			// receiving one result per goroutine started has no real path
			// that skips it.
			joined = true
			fd.partial = true
		}
		for _, n := range it.b.Nodes[it.i:] {
			if joined {
				break
			}
			if s.join(n) {
				joined = true
				fd.partial = true
			}
		}
		if joined {
			continue
		}
		if len(it.b.Succs) == 0 {
			if exit := exitNode(pass, cfgs, f, it.b); exit != nil {
				fd.escapes = append(fd.escapes, exit)
			}
			continue
		}
		for _, succ := range it.b.Succs {
			if !visited[succ] {
				visited[succ] = true
				stack = append(stack, item{succ, 0})
			}
		}
	}
	if len(fd.escapes) == 0 {
		return nil
	}
	return fd
}

// locate returns the live block and node index that contain n.
func locate(g *cfg.CFG, n ast.Node) (*cfg.Block, int) {
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for i, node := range b.Nodes {
			if node.Pos() <= n.Pos() && n.End() <= node.End() {
				return b, i
			}
		}
	}
	return nil, 0
}

// exitNode returns the node through which a block without successors
// leaves the function: its return statement, or the closing brace when
// it falls off the end. It returns nil when the block ends in a call that
// does not return (panic, os.Exit): the work does not outlive the
// invocation then, the instance does not survive it.
func exitNode(pass *analysis.Pass, cfgs *ctrlflow.CFGs, f *funcmodel.Func, b *cfg.Block) ast.Node {
	if ret := b.Return(); ret != nil {
		return ret
	}
	if len(b.Nodes) > 0 {
		if es, ok := b.Nodes[len(b.Nodes)-1].(*ast.ExprStmt); ok {
			if call, ok := es.X.(*ast.CallExpr); ok && noReturn(pass, cfgs, call) {
				return nil
			}
		}
	}
	return closingBrace{f.Body()}
}

// noReturn reports whether call never returns.
func noReturn(pass *analysis.Pass, cfgs *ctrlflow.CFGs, call *ast.CallExpr) bool {
	if knowledge.IsBuiltin(pass.TypesInfo, call, "panic") {
		return true
	}
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	_, exits := knowledge.Exits[knowledge.Key(fn)]
	return exits || cfgs.NoReturn(fn)
}

// closingBrace stands for the end of a body that falls off its end.
type closingBrace struct{ body *ast.BlockStmt }

func (c closingBrace) Pos() token.Pos { return c.body.Rbrace }
func (c closingBrace) End() token.Pos { return c.body.Rbrace + 1 }
