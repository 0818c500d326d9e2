package backgroundwork

import (
	"go/ast"

	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// escapes reports whether the spawn's work escapes f: whether some path
// of f's control-flow graph leads from the spawn to a return without
// passing a join, or, in cold-start code that never returns (a Lambda
// main), whether no path from the spawn passes one.
func escapes(cfgs *flowgraph.Graphs, f *funcmodel.Func, s *spawn) *finding {
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
	search := flowgraph.Search{CFGs: cfgs, Func: f, Guard: s.join}
	res := search.From(s.node.Pos())
	if res != nil && len(res.Exits) == 0 && !res.Guarded && f.ColdStart() && !f.FunctionCode() {
		// Cold-start code that never returns: a Lambda main, whose
		// lambda.Start hands control to the runtime with the work
		// still running, unjoined on every path.
		return &finding{spawn: s}
	}
	if res == nil || len(res.Exits) == 0 {
		return nil
	}
	return &finding{spawn: s, escapes: res.Exits, partial: res.Guarded}
}
