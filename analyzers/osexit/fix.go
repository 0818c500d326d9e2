package osexit

import (
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/internal/knowledge"
)

// suggestFix returns a fix for an exit call that lies directly in the
// body of an entry point, as a statement of its own: in an HTTP function,
// log without exiting, answer 500 and return; in an event function that
// returns only an error, return an error with the same message.
func suggestFix(pass *analysis.Pass, m *funcmodel.Model, f *funcmodel.Func, call *ast.CallExpr) []analysis.SuggestedFix {
	entry := m.EntryOf(f)
	fn := knowledge.Callee(pass.TypesInfo, call)
	if entry == nil || fn == nil {
		return nil
	}
	exit, ok := knowledge.Exits[knowledge.Key(fn)]
	if !ok {
		return nil
	}
	file, stmt := enclosingStmt(pass, call)
	if stmt == nil {
		return nil
	}
	im := fixes.NewImporter(pass, file, stmt.Pos())
	name := knowledge.ShortName(fn)
	var lines []string
	var message string
	keepsCall := false // whether the replacement still calls the exit's package
	if entry.Kind == knowledge.HTTP {
		w := writerParam(pass, f, stmt)
		httpPkg, ok := im.Name("net/http")
		if w == "" || !ok {
			return nil
		}
		if exit.Sibling != "" {
			line, ok := renamed(pass, stmt, call, exit.Sibling)
			if !ok {
				return nil
			}
			lines = append(lines, line)
			keepsCall = true
		}
		lines = append(lines,
			fmt.Sprintf("%[1]s.Error(%[2]s, %[1]s.StatusText(%[1]s.StatusInternalServerError), %[1]s.StatusInternalServerError)", httpPkg, w),
			"return")
		message = fmt.Sprintf("Replace %s with http.Error and return", name)
	} else {
		sig := f.Signature(pass.TypesInfo)
		if sig == nil || sig.Results().Len() != 1 || !fixes.IsErrorType(sig.Results().At(0).Type()) || !exit.Printf && !exit.Print {
			return nil
		}
		args, ok := fixes.Source(pass, call.Lparen+1, call.Rparen)
		if !ok {
			return nil
		}
		fmtPkg, ok := im.Name("fmt")
		if !ok {
			return nil
		}
		switch {
		case exit.Printf:
			lines = append(lines, fmt.Sprintf("return %s.Errorf(%s)", fmtPkg, args))
		case len(call.Args) == 1 && !call.Ellipsis.IsValid() && fixes.IsErrorType(pass.TypesInfo.TypeOf(call.Args[0])):
			lines = append(lines, "return "+args)
		default:
			errorsPkg, ok := im.Name("errors")
			if !ok {
				return nil
			}
			lines = append(lines, fmt.Sprintf("return %s.New(%s.Sprint(%s))", errorsPkg, fmtPkg, args))
		}
		message = fmt.Sprintf("Replace %s with returning an error", name)
	}
	indent := fixes.Indent(pass, stmt.Pos())
	edits := append([]analysis.TextEdit{{
		Pos:     stmt.Pos(),
		End:     stmt.End(),
		NewText: []byte(strings.Join(lines, "\n"+indent)),
	}}, im.Edits()...)
	if !keepsCall {
		edits = append(edits, fixes.DeleteImportIfUnused(pass, file, call.Fun, stmt.Pos(), stmt.End())...)
	}
	return []analysis.SuggestedFix{{Message: message, TextEdits: edits}}
}

// enclosingStmt returns the file of call and the expression statement
// that consists of call, possibly as the start of a method chain
// (log.Fatal().Msg(...)), when that statement lies in a statement list.
func enclosingStmt(pass *analysis.Pass, call *ast.CallExpr) (*ast.File, *ast.ExprStmt) {
	var file *ast.File
	for _, f := range pass.Files {
		if f.FileStart <= call.Pos() && call.End() <= f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return nil, nil
	}
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	for i, n := range path {
		switch n := n.(type) {
		case *ast.CallExpr, *ast.SelectorExpr, *ast.ParenExpr:
			continue
		case *ast.ExprStmt:
			if i+1 < len(path) && fixes.InBlock(path[i+1], n) {
				return file, n
			}
		}
		return nil, nil
	}
	return nil, nil
}

// writerParam returns the name of the http.ResponseWriter parameter of
// f, when it is named and not shadowed at stmt.
func writerParam(pass *analysis.Pass, f *funcmodel.Func, stmt ast.Stmt) string {
	params := f.Type().Params.List
	if len(params) == 0 || len(params[0].Names) == 0 {
		return ""
	}
	id := params[0].Names[0]
	v := pass.TypesInfo.Defs[id]
	if v == nil || id.Name == "_" || !knowledge.IsNamed(v.Type(), knowledge.NetHTTP, "ResponseWriter") {
		return ""
	}
	if _, obj := pass.Pkg.Scope().Innermost(stmt.Pos()).LookupParent(id.Name, stmt.Pos()); obj != v {
		return ""
	}
	return id.Name
}

// renamed returns the source of stmt with the name of the function call
// calls replaced by sibling.
func renamed(pass *analysis.Pass, stmt ast.Stmt, call *ast.CallExpr, sibling string) (string, bool) {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	default:
		return "", false
	}
	before, ok1 := fixes.Source(pass, stmt.Pos(), id.Pos())
	after, ok2 := fixes.Source(pass, id.End(), stmt.End())
	return before + sibling + after, ok1 && ok2
}
