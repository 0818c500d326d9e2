package batchresult

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports AWS batch calls whose partial failures are never
// read.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:     "batchresult",
		Doc:      doc,
		Requires: []*analysis.Analyzer{model},
		Run:      func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local || pass.Pkg == nil {
		return nil
	}
	// What an entry point runs, in any phase: a batch loses its
	// entries whether a handler or its cold start sends it.
	for _, f := range m.Funcs {
		if !f.FunctionCode() && !f.ColdStart() {
			continue
		}
		f.Walk(func(c inspector.Cursor) bool {
			if call, ok := c.Node().(*ast.CallExpr); ok {
				check(pass, c, call)
			}
			return true
		})
	}
	return nil
}

// check reports call when it is a batch call whose output is discarded
// or never read for its failures.
func check(pass *analysis.Pass, c inspector.Cursor, call *ast.CallExpr) {
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn == nil || !sdkOrInterface(fn) {
		return
	}
	results := fn.Signature().Results()
	out := -1
	var b knowledge.BatchOutput
	for i := range results.Len() {
		if d, ok := knowledge.BatchOutputOf(results.At(i).Type()); ok {
			out, b = i, d
			break
		}
	}
	if out < 0 {
		return
	}
	var how string
	switch p := c.Parent().Node().(type) {
	case *ast.ExprStmt:
		how = "the output is discarded"
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) != results.Len() {
			return
		}
		how = lhsUse(pass, c, p.Lhs[out], b)
	case *ast.ValueSpec:
		if len(p.Values) != 1 || len(p.Names) != results.Len() {
			return
		}
		how = lhsUse(pass, c, p.Names[out], b)
	}
	if how == "" {
		return
	}
	pass.Report(analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(),
		Message: b.Service + " " + b.Op + " reports " + b.Failed + ", with no error, and " + how + ": " + b.Lost + "; " + b.Remedy,
	})
}

// sdkOrInterface reports whether fn is a function or method of the AWS
// SDK for Go, or a method of an interface (the SDK's mockable
// interfaces, or one of the user's that the client satisfies). A
// function of the user's own that returns an output may have read its
// failures already.
func sdkOrInterface(fn *types.Func) bool {
	if fn.Pkg() != nil && knowledge.IsAWSSDK(fn.Pkg().Path()) {
		return true
	}
	if recv := fn.Signature().Recv(); recv != nil {
		_, ok := recv.Type().Underlying().(*types.Interface)
		return ok
	}
	return false
}

// lhsUse says how the output assigned to lhs is used, when it is never
// read for its failures: "the output is discarded", "the output is only
// compared with nil", "only out.Responses is read"; or "" when it is
// (or may be: passed on, returned, stored, ranged over).
func lhsUse(pass *analysis.Pass, c inspector.Cursor, lhs ast.Expr, b knowledge.BatchOutput) string {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return "" // a field, an element: read elsewhere
	}
	if id.Name == "_" {
		return "the output is assigned to _"
	}
	v, ok := pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v.Parent() == pass.Pkg.Scope() {
		return "" // a package-level variable
	}
	body := outermost(c)
	if body == nil {
		return ""
	}
	assigned := make(map[*ast.Ident]bool)
	ast.Inspect(body.Node(), func(n ast.Node) bool {
		if a, ok := n.(*ast.AssignStmt); ok {
			for _, l := range a.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					assigned[id] = true
				}
			}
		}
		return true
	})
	var read, dropped []string // fields read; failure fields read only to return success
	nilOnly, used := true, false
	for cur := range body.Preorder((*ast.Ident)(nil)) {
		use := cur.Node().(*ast.Ident)
		if pass.TypesInfo.Uses[use] != v || assigned[use] {
			continue
		}
		if p, ok := cur.Parent().Node().(*ast.AssignStmt); ok && blankedOut(p, use) {
			continue // _ = out silences the compiler, it reads nothing
		}
		used = true
		switch p := cur.Parent().Node().(type) {
		case *ast.BinaryExpr:
			if (p.Op == token.EQL || p.Op == token.NEQ) && (isNil(pass, p.X) || isNil(pass, p.Y)) {
				continue
			}
		case *ast.SelectorExpr:
			sel, ok := pass.TypesInfo.Selections[p]
			if ok && sel.Kind() == types.FieldVal && len(sel.Index()) == 1 {
				name := p.Sel.Name
				if slices.Contains(b.Checks, name) {
					if slices.Contains(b.Failures, name) && swallowed(pass, cur, v) {
						dropped = append(dropped, id.Name+"."+name)
						continue
					}
					return ""
				}
				nilOnly = false
				if !slices.Contains(read, name) {
					read = append(read, name)
				}
				continue
			}
		}
		return "" // passed on, returned, stored, a method called
	}
	switch {
	case len(dropped) > 0:
		return "the failures are read (" + dropped[0] + ") only to return success"
	case !used:
		return "the output is never read"
	case nilOnly:
		return "the output is only compared with nil"
	}
	for i, name := range read {
		read[i] = id.Name + "." + name
	}
	verb := " is read"
	if len(read) > 1 {
		verb = " are read"
	}
	return "only " + strings.Join(read, " and ") + verb
}

// swallowed reports whether the identifier at cur, a use of the output
// v that selects a field listing or counting the failed entries
// (knowledge.BatchOutput.Failures: not Successful, Entries or Records,
// what succeeded or each entry), lies in the condition of
// an if statement whose body only returns success: a single return
// whose error results are nil and that hands on nothing of v (if
// out.FailedEntryCount > 0 { return resp, nil }). The failures are seen
// and dropped, as if never read; a branch that does anything else (logs
// them, returns an error, retries) is the code's choice.
func swallowed(pass *analysis.Pass, cur inspector.Cursor, v *types.Var) bool {
	// Up from the selector through dereferences and value getters to
	// a comparison that holds when some entries failed, then through
	// conjunctions to the if statement's condition.
	c := cur.Parent() // the selector
	compared := false
	for {
		p := c.Parent()
		switch n := p.Node().(type) {
		case *ast.StarExpr, *ast.ParenExpr:
		case *ast.CallExpr:
			fn := knowledge.Callee(pass.TypesInfo, n)
			if compared || len(n.Args) != 1 || !knowledge.IsBuiltin(pass.TypesInfo, n, "len") && (fn == nil || fn.Pkg() == nil || !knowledge.IsAWSSDK(fn.Pkg().Path())) {
				return false
			}
		case *ast.BinaryExpr:
			switch {
			case compared && n.Op == token.LAND:
			case !compared && n.X == c.Node() && someFailed(pass, n):
				compared = true
			default:
				return false
			}
		case *ast.IfStmt:
			if !compared || n.Cond != c.Node() {
				return false
			}
		default:
			return false
		}
		c = p
		if _, ok := c.Node().(*ast.IfStmt); ok {
			break
		}
	}
	is := c.Node().(*ast.IfStmt)
	if len(is.Body.List) != 1 {
		return false
	}
	ret, ok := is.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) == 0 {
		return false // no error result says success
	}
	sig := enclosingSig(pass, c)
	if sig == nil || sig.Results().Len() != len(ret.Results) {
		return false
	}
	nilErr := false
	for i, r := range ret.Results {
		if code.Mentions(pass.TypesInfo, r, v) {
			return false // hands on what the output holds
		}
		if knowledge.IsError(sig.Results().At(i).Type()) {
			if !isNil(pass, r) {
				return false
			}
			nilErr = true
		}
	}
	return nilErr
}

// someFailed reports whether the comparison b holds when its left
// operand, a count of failures, is not zero: > 0, != 0, >= 1.
func someFailed(pass *analysis.Pass, b *ast.BinaryExpr) bool {
	tv, ok := pass.TypesInfo.Types[b.Y]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	n, exact := constant.Int64Val(tv.Value)
	if !exact {
		return false
	}
	switch b.Op {
	case token.GTR, token.NEQ:
		return n == 0
	case token.GEQ:
		return n == 1
	}
	return false
}

// enclosingSig returns the signature of the function that holds c.
func enclosingSig(pass *analysis.Pass, c inspector.Cursor) *types.Signature {
	for cur := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var t types.Type
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if obj := pass.TypesInfo.Defs[n.Name]; obj != nil {
				t = obj.Type()
			}
		case *ast.FuncLit:
			t = pass.TypesInfo.TypeOf(n)
		}
		sig, _ := t.(*types.Signature)
		return sig
	}
	return nil
}

// outermost returns the cursor of the body of the function declaration
// that holds c (a literal's variables may be read by the declaration
// around it), or of the outermost literal at package level.
func outermost(c inspector.Cursor) *inspector.Cursor {
	var body *inspector.Cursor
	for cur := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		cur := cur
		body = &cur
	}
	return body
}

// blankedOut reports whether use is a right-hand side of a that is
// assigned to _.
func blankedOut(a *ast.AssignStmt, use *ast.Ident) bool {
	if len(a.Lhs) != len(a.Rhs) {
		return false
	}
	for i, r := range a.Rhs {
		if r == use {
			id, ok := a.Lhs[i].(*ast.Ident)
			return ok && id.Name == "_"
		}
	}
	return false
}

// isNil reports whether e is the predeclared nil.
func isNil(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}
