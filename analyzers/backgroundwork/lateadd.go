package backgroundwork

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A lateAdd is a goroutine that counts itself in a sync.WaitGroup from
// inside: its function literal calls Add on a group local to the
// function that starts it, which waits on the group and never calls Add
// on it outside such goroutines. The go statement returns at once, so
// the Wait can run before the goroutine has called Add, find the
// counter at zero and return: the goroutine is then not waited for, and
// outlives the invocation. (go vet's waitgroup check names the same
// mistake; here it is judged in function code, where it costs the work.)
type lateAdd struct {
	add  *ast.CallExpr // the Add inside the goroutine: where the fix goes
	goSt *ast.GoStmt
	wait *ast.CallExpr // the Wait that can return too early
	name string        // the group's name, for the message
}

// lateAdds returns the late Adds of f's own code.
//
// Only a group that f declares counts, and only when every Add on it
// in f (its own code and its nested literals) is one of these
// goroutines' own, at the top level of their literal, beside a Done on
// the same group: an Add anywhere else (before the go statement, in a
// helper literal, for a nested goroutine) may be the one that counts
// the goroutine, and nothing is reported.
func lateAdds(pass *analysis.Pass, f *funcmodel.Func) []lateAdd {
	body := f.Body()
	if body == nil {
		return nil
	}
	info := pass.TypesInfo
	// group returns the sync.WaitGroup variable declared in f's body
	// that call's method is called on, and the method's name.
	group := func(call *ast.CallExpr) (*types.Var, string) {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil, ""
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok {
			return nil, ""
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.IsField() || !knowledge.IsNamed(v.Type(), "sync", "WaitGroup") ||
			v.Pos() < body.Pos() || v.Pos() >= body.End() {
			return nil, ""
		}
		fn := knowledge.Callee(info, call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "sync" {
			return nil, ""
		}
		return v, fn.Name()
	}

	type candidate struct {
		goSt *ast.GoStmt
		add  *ast.CallExpr
	}
	var cands []candidate
	selfAdds := make(map[*ast.CallExpr]bool) // the candidates' Adds
	f.Inspect(func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		lit, ok := ast.Unparen(g.Call.Fun).(*ast.FuncLit)
		if !ok {
			return true
		}
		adds := make(map[*types.Var]*ast.CallExpr)
		done := make(map[*types.Var]bool)
		for _, st := range lit.Body.List {
			call := stmtCall(st)
			if call == nil {
				continue
			}
			switch v, method := group(call); method {
			case "Add":
				if adds[v] == nil {
					adds[v] = call
				}
			case "Done":
				done[v] = true
			}
		}
		for v, add := range adds {
			if done[v] {
				cands = append(cands, candidate{g, add})
				selfAdds[add] = true
			}
		}
		return true
	})
	if len(cands) == 0 {
		return nil
	}
	// Every Add and the Waits of f's own code, on each group.
	otherAdd := make(map[*types.Var]bool)
	waits := make(map[*types.Var]*ast.CallExpr)
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		switch v, method := group(call); method {
		case "Add":
			if !selfAdds[call] {
				otherAdd[v] = true
			}
		case "Wait":
			if waits[v] == nil && ownCode(f, call) {
				waits[v] = call
			}
		}
		return true
	})
	var late []lateAdd
	for _, c := range cands {
		v, _ := group(c.add)
		if otherAdd[v] || waits[v] == nil {
			continue
		}
		late = append(late, lateAdd{add: c.add, goSt: c.goSt, wait: waits[v], name: v.Name()})
	}
	return late
}

// stmtCall returns the call that st makes: an expression statement's or
// a defer's.
func stmtCall(st ast.Stmt) *ast.CallExpr {
	switch st := st.(type) {
	case *ast.ExprStmt:
		call, _ := ast.Unparen(st.X).(*ast.CallExpr)
		return call
	case *ast.DeferStmt:
		return st.Call
	}
	return nil
}

// ownCode reports whether n lies in f's own code, outside the function
// literals nested in it.
func ownCode(f *funcmodel.Func, n ast.Node) bool {
	found := false
	f.Inspect(func(x ast.Node) bool {
		if found || x == nil || x.Pos() > n.Pos() || x.End() < n.End() {
			return false
		}
		found = x == n
		return !found
	})
	return found
}

// reportLateAdd reports a late Add of function code f at the Add, where
// the fix goes: the Add belongs before the go statement.
func reportLateAdd(pass *analysis.Pass, m *funcmodel.Model, f *funcmodel.Func, la lateAdd) {
	entries := m.EntriesOf(f)
	var platforms funcmodel.Platform
	for _, e := range entries {
		platforms |= e.Platform
	}
	fr := funcmodel.DeployedFreezing(entries)
	d := analysis.Diagnostic{
		Pos: la.add.Pos(),
		End: la.add.End(),
		Message: fmt.Sprintf("%s.Add is called inside the goroutine it counts, so %s.Wait in %s can run before the goroutine has started and return at once, and the goroutine then outlives the invocation: %s; call %s.Add before the go statement",
			la.name, la.name, f.Name(), afterReturn(platforms, fr), la.name),
		Related: []analysis.RelatedInformation{
			{Pos: la.goSt.Pos(), End: la.goSt.End(), Message: "the goroutine starts here, not yet counted"},
			{Pos: la.wait.Pos(), End: la.wait.End(), Message: "this Wait returns at once if it runs before the Add"},
		},
	}
	if fr == funcmodel.KeepsRunning {
		d.Related = append(d.Related, m.DeployedRelated(entries, true)...)
	}
	pass.Report(d)
}
