package osexit

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
	"github.com/fnlint/fnlint/model/respond"
)

// A fixer computes the suggested fixes of the exits of one pass. What
// the fixes share is computed once for the pass (the source text, the
// use counts, the entry point of each body, the response states of each
// handler), and each fix looks only at its statement and its
// neighbours, so the fixes of a function cost time linear in its size.
type fixer struct {
	pass    *analysis.Pass
	writes  *respond.Result
	cursors map[ast.Node]inspector.Cursor // the cursor of each exit call
	text    *fixes.Text
	index   *fixes.Index // built on first use
	entries map[*funcmodel.Func]*funcmodel.Entry
	groups  map[ast.Stmt][]analysis.SuggestedFix // the fix of each group of exits, by its first statement
	states  map[*funcmodel.Func]map[ast.Node]respond.State
}

func newFixer(pass *analysis.Pass, m *funcmodel.Model, writes *respond.Result, cursors map[ast.Node]inspector.Cursor) *fixer {
	fx := &fixer{
		pass:    pass,
		writes:  writes,
		cursors: cursors,
		text:    fixes.NewText(pass),
		entries: make(map[*funcmodel.Func]*funcmodel.Entry),
		groups:  make(map[ast.Stmt][]analysis.SuggestedFix),
		states:  make(map[*funcmodel.Func]map[ast.Node]respond.State),
	}
	for _, e := range m.Entries {
		if e.Func != nil && fx.entries[e.Func] == nil {
			fx.entries[e.Func] = e // as Model.EntryOf: the first
		}
	}
	return fx
}

// fix returns the fix of an exit call of f, when the call is a
// statement of its own directly in the body of an entry point: in an
// HTTP function, the exit's logging sibling with the same arguments,
// http.Error with status 500 unless a response was written on the way,
// and return; in an event function that returns only an error, the
// return of an error with the same message.
//
// A fix is offered only when its result is right on every path to the
// statement and compiles: the exits that follow one another in a
// statement list are one group, with one fix (the same on each of their
// diagnostics) that keeps the first's message, since the others never
// run; no statement may follow the group but a return, so that the fix
// makes no code unreachable; in an HTTP function, the response must be
// unwritten on every path to the group (the fix responds) or written on
// every path (the fix only logs and returns).
func (fx *fixer) fix(f *funcmodel.Func, call *ast.CallExpr) []analysis.SuggestedFix {
	entry := fx.entries[f]
	c, ok := fx.cursors[call]
	if entry == nil || !ok {
		return nil
	}
	stmt, ok := statementOf(c)
	if !ok {
		return nil
	}
	k, i := stmt.ParentEdge()
	block := stmt.Parent()
	list := stmtList(block.Node())
	first, last := i, i
	for first > 0 && fx.exitOf(list[first-1]) != nil {
		first--
	}
	for last+1 < len(list) && fx.exitOf(list[last+1]) != nil {
		last++
	}
	if fix, ok := fx.groups[list[first]]; ok {
		return fix
	}
	var fix []analysis.SuggestedFix
	if g := fx.group(f, entry, block.ChildAt(k, first), list, first, last); g != nil {
		fix = []analysis.SuggestedFix{*g}
	}
	fx.groups[list[first]] = fix
	return fix
}

// statementOf returns the expression statement that consists of the call
// at c, possibly as the start of a method chain (log.Fatal().Msg(...)),
// when that statement lies in a statement list.
func statementOf(c inspector.Cursor) (inspector.Cursor, bool) {
	for {
		switch c.ParentEdgeKind() {
		case edge.CallExpr_Fun, edge.SelectorExpr_X, edge.ParenExpr_X:
			c = c.Parent()
			continue
		case edge.ExprStmt_X:
			c = c.Parent()
			switch c.ParentEdgeKind() {
			case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
				return c, true
			}
		}
		return c, false
	}
}

// stmtList returns the statements of a block or a case clause.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// exitOf returns the call of the statement s that terminates the process
// (of a function knowledge.ExitOf knows), possibly at the start of a method
// chain, or nil.
func (fx *fixer) exitOf(s ast.Stmt) *ast.CallExpr {
	es, ok := s.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	e := es.X
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return nil
		}
		if fn := knowledge.Callee(fx.pass.TypesInfo, call); fn != nil {
			if _, ok := knowledge.ExitOf(fn); ok {
				return call
			}
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		e = sel.X
	}
}

// A plan is what a fix does to a group of exits: the statements that
// replace the first and what it deletes.
type plan struct {
	lines   []string   // the replacement statements; the first takes the place of the first exit
	deleted []ast.Node // the code the fix deletes
	folded  []ast.Stmt // the statements after the first that it deletes
}

// group returns the fix of the exits list[first:last+1] of f, the body
// of entry, whose first statement is at c, or nil.
func (fx *fixer) group(f *funcmodel.Func, entry *funcmodel.Entry, c inspector.Cursor, list []ast.Stmt, first, last int) *analysis.SuggestedFix {
	pass := fx.pass
	head := list[first]
	call := fx.exitOf(head)
	fn := knowledge.Callee(pass.TypesInfo, call)
	exit, _ := knowledge.ExitOf(fn)
	name := knowledge.ShortName(fn)
	rest := list[last+1:]
	var file *ast.File
	for cf := range c.Enclosing((*ast.File)(nil)) {
		file = cf.Node().(*ast.File)
	}
	if file == nil {
		return nil
	}
	scope := fixes.ScopeAt(pass.TypesInfo, c)
	if scope == nil {
		return nil
	}
	im := fixes.NewImporterIn(pass, file, scope, head.Pos())
	p := &plan{folded: list[first+1 : last+1]}
	for _, s := range p.folded {
		p.deleted = append(p.deleted, s)
	}
	var message string
	if entry.Kind == knowledge.HTTP {
		w := writerParam(pass, f, scope, head.Pos())
		if w == nil {
			return nil
		}
		state := fx.stateAt(f, head)
		responds := state == respond.Unwritten
		if !responds && state != respond.Written {
			return nil // unreachable, or written on some paths only
		}
		ret := false
		switch {
		case len(rest) == 0:
			ret = c.Parent().Node() != f.Body() // else the function ends there
		case len(rest) == 1 && isBareReturn(rest[0]):
		default:
			return nil // the return would make what follows unreachable
		}
		if exit.Sibling != "" {
			line, ok := fx.renamed(head, call, exit.Sibling)
			if !ok {
				return nil
			}
			p.lines = append(p.lines, line)
		} else {
			p.deleted = append(p.deleted, head)
		}
		if responds {
			httpPkg, ok := im.Name("net/http")
			if !ok {
				return nil
			}
			p.lines = append(p.lines, fmt.Sprintf("%[1]s.Error(%[2]s, %[1]s.StatusText(%[1]s.StatusInternalServerError), %[1]s.StatusInternalServerError)", httpPkg, w.Name()))
		}
		if ret {
			p.lines = append(p.lines, "return")
		}
		switch {
		case len(p.lines) == 0:
			message = fmt.Sprintf("Remove %s, as the response is written and the function ends there", name)
		case responds:
			message = fmt.Sprintf("Replace %s with http.Error and return", name)
		case exit.Sibling != "":
			message = fmt.Sprintf("Replace %s with %s and return, as the response is written", name, sibling(name, fn.Name(), exit.Sibling))
		default:
			message = fmt.Sprintf("Replace %s with return, as the response is written", name)
		}
	} else {
		sig := f.Signature(pass.TypesInfo)
		if sig == nil || sig.Results().Len() != 1 || !fixes.IsErrorType(sig.Results().At(0).Type()) {
			return nil
		}
		switch {
		case len(rest) == 0:
		case len(rest) == 1 && isReturn(rest[0]):
			p.folded = append(p.folded, rest[0]) // never reached
			p.deleted = append(p.deleted, rest[0])
		default:
			return nil
		}
		e, ok := fx.errorOf(im, c, call, exit, first == 0)
		if !ok {
			return nil
		}
		p.lines = append(p.lines, "return "+e)
		p.deleted = append(p.deleted, call.Fun)
		if fixes.HasComment(file, call.Fun.Pos(), call.Lparen) {
			return nil
		}
		message = fmt.Sprintf("Replace %s with returning an error", name)
	}
	edits, ok := fx.edits(file, f, head, p, im)
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{Message: message, TextEdits: append(edits, im.Edits()...)}
}

// writerParam returns the http.ResponseWriter parameter of f, when it is
// named and not shadowed at pos, in scope.
func writerParam(pass *analysis.Pass, f *funcmodel.Func, scope *types.Scope, pos token.Pos) *types.Var {
	params := f.Type().Params.List
	if len(params) == 0 || len(params[0].Names) == 0 {
		return nil
	}
	id := params[0].Names[0]
	v, ok := pass.TypesInfo.Defs[id].(*types.Var)
	if !ok || id.Name == "_" || !knowledge.IsNamed(v.Type(), knowledge.NetHTTP, "ResponseWriter") {
		return nil
	}
	if _, obj := scope.LookupParent(id.Name, pos); obj != v {
		return nil
	}
	return v
}
