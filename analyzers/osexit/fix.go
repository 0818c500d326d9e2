package osexit

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A fixer computes the suggested fixes of the exits of one pass. What
// the fixes share is computed once for the pass (the source text, the
// use counts, the entry point of each body, the response states of each
// handler), and each fix looks only at its statement and its
// neighbours, so the fixes of a function cost time linear in its size.
type fixer struct {
	pass    *analysis.Pass
	graphs  *flowgraph.Graphs
	cursors map[ast.Node]inspector.Cursor // the cursor of each exit call
	text    *fixes.Text
	index   *fixes.Index // built on first use
	entries map[*funcmodel.Func]*funcmodel.Entry
	groups  map[ast.Stmt][]analysis.SuggestedFix // the fix of each group of exits, by its first statement
	states  map[*funcmodel.Func]map[ast.Node]written
}

func newFixer(pass *analysis.Pass, m *funcmodel.Model, graphs *flowgraph.Graphs, cursors map[ast.Node]inspector.Cursor) *fixer {
	fx := &fixer{
		pass:    pass,
		graphs:  graphs,
		cursors: cursors,
		text:    fixes.NewText(pass),
		entries: make(map[*funcmodel.Func]*funcmodel.Entry),
		groups:  make(map[ast.Stmt][]analysis.SuggestedFix),
		states:  make(map[*funcmodel.Func]map[ast.Node]written),
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
		state := fx.stateAt(f, w, head)
		respond := state == unwritten
		if !respond && state != isWritten {
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
		if respond {
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
		case respond:
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

// edits lays out the plan p for the group that starts with head: the
// first line replaces head; the others follow the line; each folded
// statement is deleted with its line, or with the semicolon before it
// when it shares the line of the statement before it. The trailing
// comment of a line whose code is all the group's is dropped with the
// code: it described the exit (// exits the instance), which the fix
// removes; one that follows other code on its line stays. It fails
// when a comment lies within deleted code, or when the deleted code
// holds the last use of a local variable.
func (fx *fixer) edits(file *ast.File, f *funcmodel.Func, head ast.Stmt, p *plan, im *fixes.Importer) ([]analysis.TextEdit, bool) {
	for _, s := range p.folded {
		if fixes.HasComment(file, s.Pos(), s.End()) {
			return nil, false
		}
	}
	if len(p.lines) == 0 && fixes.HasComment(file, head.Pos(), head.End()) {
		return nil, false
	}
	if fx.index == nil {
		fx.index = fixes.NewIndex(fx.pass)
	}
	imports, ok := fx.index.Deleting(file, f.Type(), p.deleted, im)
	if !ok {
		return nil, false
	}
	line := func(pos token.Pos) int { return fixes.PhysicalLine(fx.pass.Fset, pos) }
	var edits []analysis.TextEdit
	del := func(prev, s ast.Stmt) bool {
		if prev != nil && line(prev.End()) == line(s.Pos()) {
			if !fx.text.Between(prev.End(), s.Pos()) {
				return false
			}
			edits = append(edits, analysis.TextEdit{Pos: prev.End(), End: s.End()})
			return true
		}
		l, ok := fx.text.LineOf(s)
		if !ok {
			return false
		}
		switch {
		case l.First && l.End.IsValid(): // with its trailing comment
			edits = append(edits, analysis.TextEdit{Pos: l.Start, End: l.Next})
		case l.First && l.Comment.IsValid(): // a /* comment */ and more code
			edits = append(edits, analysis.TextEdit{Pos: s.Pos(), End: l.Comment})
		default:
			edits = append(edits, analysis.TextEdit{Pos: s.Pos(), End: s.End()})
		}
		return true
	}
	// The last statement of the group on head's line, after which the
	// new lines go.
	lastOnLine := head
	if len(p.lines) == 0 {
		if !del(nil, head) {
			return nil, false
		}
	} else {
		edits = append(edits, analysis.TextEdit{Pos: head.Pos(), End: head.End(), NewText: []byte(p.lines[0])})
	}
	prev := head
	for _, s := range p.folded {
		if line(s.Pos()) == line(lastOnLine.End()) {
			lastOnLine = s
		}
		if !del(prev, s) {
			return nil, false
		}
		prev = s
	}
	if len(p.lines) == 0 {
		return append(edits, imports...), true
	}
	// The new lines go after the group's last statement on head's line,
	// past its trailing comment, or in place of the comment when the
	// group is all the code of the line.
	var b strings.Builder
	if len(p.lines) > 1 {
		indent := fx.text.Indent(head.Pos())
		for _, l := range p.lines[1:] {
			b.WriteString("\n" + indent + l)
		}
	}
	from, to := lastOnLine.End(), lastOnLine.End()
	if l, ok := fx.text.LineOf(lastOnLine); ok && l.End.IsValid() {
		to = l.End
		if hl, ok := fx.text.LineOf(head); !ok || !hl.First || !l.Comment.IsValid() {
			from = to // the comment stays
		}
	}
	if from != to || b.Len() > 0 {
		edits = append(edits, analysis.TextEdit{Pos: from, End: to, NewText: []byte(b.String())})
	}
	return append(edits, imports...), true
}

// isBareReturn reports whether s is a return statement without results.
func isBareReturn(s ast.Stmt) bool {
	r, ok := s.(*ast.ReturnStmt)
	return ok && len(r.Results) == 0
}

func isReturn(s ast.Stmt) bool {
	_, ok := s.(*ast.ReturnStmt)
	return ok
}

// sibling names the sibling of the exit called name, whose own name is
// fnName: (*log.Logger).Fatalf becomes (*log.Logger).Printf.
func sibling(name, fnName, sib string) string {
	return strings.TrimSuffix(name, fnName) + sib
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

// renamed returns the source of stmt with the name of the function call
// calls replaced by sibling.
func (fx *fixer) renamed(stmt ast.Stmt, call *ast.CallExpr, sibling string) (string, bool) {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	default:
		return "", false
	}
	before, ok1 := fx.text.Source(stmt.Pos(), id.Pos())
	after, ok2 := fx.text.Source(id.End(), stmt.End())
	return before + sibling + after, ok1 && ok2
}

// errorOf returns an expression for an error whose message is the one
// the exit call would log: its arguments formatted as the exit formats
// them (Sprintf, Sprint, or Sprintln without the final newline), or the
// error operand itself where the statement at c is the first of the body
// of an if statement that tests that operand against nil (first tells
// whether it is).
func (fx *fixer) errorOf(im *fixes.Importer, c inspector.Cursor, call *ast.CallExpr, exit knowledge.Exit, first bool) (string, bool) {
	info := fx.pass.TypesInfo
	args, ok := fx.text.Source(call.Lparen+1, call.Rparen)
	if !ok {
		return "", false
	}
	variadic := call.Ellipsis.IsValid()
	pkg := func(path string) string {
		name, found := im.Name(path)
		if !found {
			ok = false
		}
		return name
	}
	var e string
	switch {
	case exit.Printf:
		if len(call.Args) > 0 {
			if tv := info.Types[call.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String && strings.Contains(constant.StringVal(tv.Value), "%w") {
				return "", false // Errorf would wrap where Printf prints %!w
			}
		}
		e = pkg("fmt") + ".Errorf(" + args + ")"
	case !exit.Print && !exit.Println:
		return "", false
	case len(call.Args) == 0:
		e = pkg("errors") + `.New("")`
	case variadic && exit.Print:
		e = pkg("errors") + ".New(" + pkg("fmt") + ".Sprint(" + args + "))"
	case variadic:
		e = pkg("errors") + ".New(" + pkg("strings") + ".TrimSuffix(" + pkg("fmt") + ".Sprintln(" + args + `), "\n"))`
	case len(call.Args) == 1 && isString(info.TypeOf(call.Args[0])):
		e = pkg("errors") + ".New(" + args + ")"
	case len(call.Args) == 1 && first && fx.testedNonNil(c, call.Args[0]):
		e = args
	case len(call.Args) == 1:
		e = pkg("fmt") + `.Errorf("%v", ` + args + ")"
	case exit.Print:
		e = pkg("errors") + ".New(" + pkg("fmt") + ".Sprint(" + args + "))"
	default: // Sprintln separates every operand by a space and formats each with %v
		e = pkg("fmt") + `.Errorf("` + strings.Repeat(" %v", len(call.Args))[1:] + `", ` + args + ")"
	}
	return e, ok
}

// isString reports whether t is string or untyped string, whose Sprint
// is the value itself.
func isString(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// testedNonNil reports whether the statement at c lies directly in the
// body of an if statement whose condition is x != nil (or nil != x), x
// the variable that e denotes: x is an error that is not nil there.
func (fx *fixer) testedNonNil(c inspector.Cursor, e ast.Expr) bool {
	info := fx.pass.TypesInfo
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || info.Uses[id] == nil || !fixes.IsErrorType(info.TypeOf(id)) {
		return false
	}
	body := c.Parent()
	if c.ParentEdgeKind() != edge.BlockStmt_List || body.ParentEdgeKind() != edge.IfStmt_Body {
		return false
	}
	cond, ok := ast.Unparen(body.Parent().Node().(*ast.IfStmt).Cond).(*ast.BinaryExpr)
	if !ok || cond.Op != token.NEQ {
		return false
	}
	isNil := func(e ast.Expr) bool { return info.Types[e].IsNil() }
	same := func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[x] == info.Uses[id]
	}
	return same(cond.X) && isNil(cond.Y) || isNil(cond.X) && same(cond.Y)
}
