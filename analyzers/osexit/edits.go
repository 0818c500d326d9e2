package osexit

import (
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
	"github.com/fnlint/fnlint/model/funcmodel"
)

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
		indent, nl := fx.text.Indent(head.Pos()), fx.text.Newline(head.Pos())
		for _, l := range p.lines[1:] {
			b.WriteString(nl + indent + l)
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
