package funcmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// builder constructs the bodies and edges of a package.
type builder struct {
	pass  *analysis.Pass
	model *Model
	// regArgs holds the function arguments of registration calls.
	regArgs map[ast.Expr]bool
}

// isTestFile reports whether f is a _test.go file.
func isTestFile(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go")
}

// files returns the package's non-test files.
func (b *builder) files() []*ast.File {
	var files []*ast.File
	for _, f := range b.pass.Files {
		if !isTestFile(b.pass, f) {
			files = append(files, f)
		}
	}
	return files
}

// collectAssignments records, for every variable, how often it is
// assigned and its first value.
func (b *builder) collectAssignments(files []*ast.File) {
	record := func(id *ast.Ident, value ast.Expr) {
		v, ok := b.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok {
			return
		}
		b.model.assigns[v]++
		if value != nil && b.model.inits[v] == nil {
			b.model.inits[v] = value
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, id := range n.Names {
					var value ast.Expr
					if len(n.Values) == len(n.Names) {
						value = n.Values[i]
					}
					record(id, value)
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					id, ok := ast.Unparen(lhs).(*ast.Ident)
					if !ok {
						continue
					}
					var value ast.Expr // nil for x, y := f() and x += y
					if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
						value = n.Rhs[i]
					}
					record(id, value)
				}
			case *ast.UnaryExpr:
				// &v may be assigned through.
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
					record(id, nil)
					record(id, nil)
				}
			}
			return true
		})
	}
}

// buildFuncs creates a Func for every declaration, literal and the
// package initializers, with their edges.
func (b *builder) buildFuncs(files []*ast.File) {
	m := b.model
	initializers := &Func{}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Body == nil {
					continue
				}
				fn := &Func{Node: decl, roots: []ast.Node{decl.Body}}
				fn.Obj, _ = b.pass.TypesInfo.Defs[decl.Name].(*types.Func)
				if fn.Obj != nil {
					m.byObj[fn.Obj] = fn
				}
				m.byNode[decl] = fn
				m.Funcs = append(m.Funcs, fn)
				b.walk(fn, decl.Body)
			case *ast.GenDecl:
				if decl.Tok != token.VAR {
					continue
				}
				for _, spec := range decl.Specs {
					for _, v := range spec.(*ast.ValueSpec).Values {
						initializers.roots = append(initializers.roots, v)
						b.walk(initializers, v)
					}
				}
			}
		}
	}
	if len(initializers.roots) > 0 {
		initializers.ColdStart = true
		m.Funcs = append(m.Funcs, initializers)
	}
}

// walk records the edges of fn found under root, creating Funcs for
// nested literals and walking them in turn.
func (b *builder) walk(fn *Func, root ast.Node) {
	var stack []ast.Node
	parent := func(up int) ast.Node {
		if i := len(stack) - 1 - up; i >= 0 {
			return stack[i]
		}
		return nil
	}
	callFuns := make(map[ast.Expr]EdgeKind) // expressions already accounted for: called functions, selected names
	regDepth := 0                           // > 0 inside a registration argument
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			if e, ok := stack[len(stack)-1].(ast.Expr); ok && b.regArgs[e] {
				regDepth--
			}
			stack = stack[:len(stack)-1]
			return true
		}
		reg := false
		if e, ok := n.(ast.Expr); ok && b.regArgs[e] {
			regDepth++
			reg = true
		}
		if !b.visit(fn, n, root, parent, callFuns, regDepth > 0) {
			if reg {
				regDepth--
			}
			return false
		}
		stack = append(stack, n)
		return true
	})
}

// visit records the edge n makes, if any, and reports whether the walk
// descends into n.
func (b *builder) visit(fn *Func, n, root ast.Node, parent func(int) ast.Node, callFuns map[ast.Expr]EdgeKind, inReg bool) bool {
	info := b.pass.TypesInfo
	switch n := n.(type) {
	case *ast.FuncLit:
		if n == root {
			return true
		}
		lit := &Func{Node: n, Parent: fn, roots: []ast.Node{n.Body}}
		b.model.byNode[n] = lit
		b.model.Funcs = append(b.model.Funcs, lit)
		kind := b.litKind(n, parent(0), parent(1), callFuns)
		if inReg && kind != Call {
			kind = Register
		}
		edge := Edge{Kind: kind, Node: n, Lit: lit}
		up := 0
		for {
			if _, ok := parent(up).(*ast.ParenExpr); !ok {
				break
			}
			up++
		}
		if call, ok := parent(up).(*ast.CallExpr); ok && (kind == Arg || ast.Unparen(call.Fun) == n) {
			edge.Call = call
		}
		fn.Edges = append(fn.Edges, edge)
		b.walk(lit, n)
		return false
	case *ast.CallExpr:
		kind := Call
		switch p := parent(0).(type) {
		case *ast.GoStmt:
			if p.Call == n {
				kind = Go
			}
		case *ast.DeferStmt:
			if p.Call == n {
				kind = Defer
			}
		}
		fun := ast.Unparen(n.Fun)
		callFuns[fun] = kind
		switch ix := fun.(type) { // F[T](x)
		case *ast.IndexExpr:
			callFuns[ix.X] = kind
		case *ast.IndexListExpr:
			callFuns[ix.X] = kind
		}
		if callee := staticCallee(info, n); callee != nil {
			fn.Edges = append(fn.Edges, Edge{Kind: kind, Node: n, Call: n, Callee: callee})
		}
	case *ast.Ident, *ast.SelectorExpr:
		expr := n.(ast.Expr)
		if sel, ok := n.(*ast.SelectorExpr); ok {
			callFuns[sel.Sel] = Ref // the selected name stands for this expression
		}
		if _, seen := callFuns[expr]; seen {
			return true
		}
		callee := funcValue(info, expr)
		if callee == nil {
			return true
		}
		edge := Edge{Kind: Ref, Node: expr, Callee: callee}
		if call, ok := parent(0).(*ast.CallExpr); ok && call.Fun != expr && !isConversion(info, call) {
			edge.Kind, edge.Call = Arg, call
		}
		if inReg {
			edge.Kind = Register
		}
		fn.Edges = append(fn.Edges, edge)
	}
	return true
}

// litKind classifies how a function literal is used by its parent node.
func (b *builder) litKind(lit *ast.FuncLit, parent, grand ast.Node, callFuns map[ast.Expr]EdgeKind) EdgeKind {
	switch p := parent.(type) {
	case *ast.CallExpr:
		if ast.Unparen(p.Fun) == lit {
			return callFuns[lit]
		}
		if isConversion(b.pass.TypesInfo, p) {
			return Ref
		}
		return Arg
	case *ast.ParenExpr:
		return b.litKind(lit, grand, nil, callFuns)
	case *ast.AssignStmt:
		if p.Tok == token.DEFINE {
			return Local
		}
		for _, lhs := range p.Lhs {
			if id, ok := lhs.(*ast.Ident); ok {
				if v, ok := b.pass.TypesInfo.ObjectOf(id).(*types.Var); ok && v.Parent() != b.pass.Pkg.Scope() {
					return Local
				}
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) > 0 {
			if v, ok := b.pass.TypesInfo.Defs[p.Names[0]].(*types.Var); ok && v.Parent() != b.pass.Pkg.Scope() {
				return Local
			}
		}
	}
	return Ref
}

// staticCallee returns the declared function or concrete method called,
// or nil (dynamic calls, builtins, conversions).
func staticCallee(info *types.Info, call *ast.CallExpr) *types.Func {
	fun := ast.Unparen(call.Fun)
	if ix, ok := fun.(*ast.IndexExpr); ok {
		fun = ix.X
	} else if ix, ok := fun.(*ast.IndexListExpr); ok {
		fun = ix.X
	}
	fn := funcValue(info, fun)
	if fn == nil {
		return nil
	}
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return nil
	}
	return fn
}

// funcValue returns the function or method that expr denotes (f, pkg.F,
// T.M, x.M), or nil.
func funcValue(info *types.Info, expr ast.Expr) *types.Func {
	switch e := expr.(type) {
	case *ast.Ident:
		fn, _ := info.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				return nil
			}
			fn, _ := sel.Obj().(*types.Func)
			return fn
		}
		fn, _ := info.Uses[e.Sel].(*types.Func) // qualified identifier
		return fn
	}
	return nil
}

// isConversion reports whether call is a type conversion.
func isConversion(info *types.Info, call *ast.CallExpr) bool {
	tv, ok := info.Types[call.Fun]
	return ok && tv.IsType()
}
