package funcmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// builder constructs the bodies and edges of a package.
type builder struct {
	pass  *analysis.Pass
	model *Model
	files []inspector.Cursor // the cursors of model.Files
	// regArgs holds the function arguments of entry-point and route
	// registrations: what they denote is registered, not run.
	regArgs map[ast.Expr]bool
	// routes holds the handlers registered on each router: a variable,
	// or a field (see rootRouter).
	routes map[types.Object][]route
	// parents maps the router given to a sub-router callback to the
	// router it derives from.
	parents map[types.Object]parent
	// ranged maps the value variable of a range loop (for _, rt :=
	// range routes) to the expression it ranges over.
	ranged map[*types.Var]ast.Expr
	// bodyRouters holds the routers of another package's routes that
	// bodies serve (see addServedRoutes).
	bodyRouters []bodyRouter
	// imported holds the routers whose routes of another package's
	// function are recorded (see importRoutes).
	imported map[types.Object]bool
	// wrappers holds the package's start wrappers (see findWrappers).
	wrappers map[*types.Func]registersParam
	// paramRuns holds whether a function of the package runs its
	// function parameter (see runsParam).
	paramRuns map[paramKey]bool
	// siteFiles holds the files of pass's file set by name, once a
	// Site is looked up (see sitePos).
	siteFiles map[string]*token.File
}

// isTestFile reports whether f is a _test.go file.
func isTestFile(pass *analysis.Pass, f *ast.File) bool {
	tf := pass.Fset.File(f.FileStart)
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

// selectFiles records the package's non-test files and their cursors:
// the one place where test files are left out of the model.
func (b *builder) selectFiles(insp *inspector.Inspector) {
	for c := range insp.Root().Children() {
		f, ok := c.Node().(*ast.File)
		if !ok || isTestFile(b.pass, f) {
			continue
		}
		b.model.Files = append(b.model.Files, f)
		b.files = append(b.files, c)
	}
}

// collectAssignments records, for every variable and struct field, how
// often it is assigned and its first value. A field counts for every
// value of its struct type: s.fn = f and T{fn: f} anywhere in the
// package give the field its values.
func (b *builder) collectAssignments() {
	info := b.pass.TypesInfo
	var in ast.Node // the function whose code the node at hand is in
	recordVar := func(v *types.Var, value ast.Expr) {
		if v.IsField() {
			v = v.Origin()
		}
		b.model.assigns[v]++
		if value != nil && b.model.inits[v] == nil {
			b.model.inits[v] = value
		}
		if v.IsField() || IsGlobal(v) {
			b.model.stores[v] = append(b.model.stores[v], Store{Value: value, In: in})
		}
	}
	record := func(id *ast.Ident, value ast.Expr) {
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			recordVar(v, value)
		}
	}
	// recordLHS records an assignment to lhs, a variable or a field.
	recordLHS := func(lhs, value ast.Expr) {
		switch lhs := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			record(lhs, value)
		case *ast.SelectorExpr:
			if f := FieldOf(info, lhs); f != nil {
				recordVar(f, value)
			}
		}
	}
	kinds := []ast.Node{(*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.RangeStmt)(nil), (*ast.CompositeLit)(nil)}
	for _, file := range b.files {
		for c := range file.Preorder(kinds...) {
			in = nil
			for f := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				in = f.Node()
				break
			}
			switch n := c.Node().(type) {
			case *ast.ValueSpec:
				for i, id := range n.Names {
					var value ast.Expr
					if len(n.Values) == len(n.Names) {
						value = n.Values[i]
					}
					record(id, value)
					if v, ok := info.Defs[id].(*types.Var); ok && len(n.Values) == 0 {
						b.model.zeroDecl[v] = true
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					var value ast.Expr // nil for x, y := f() and x += y
					if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
						value = n.Rhs[i]
					}
					recordLHS(lhs, value)
				}
			case *ast.CompositeLit:
				st, ok := structOf(typeOf(info, n))
				if !ok {
					continue
				}
				for i, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
								recordVar(f, kv.Value)
							}
						}
					} else if i < st.NumFields() {
						recordVar(st.Field(i), elt)
					}
				}
			case *ast.RangeStmt:
				// Range variables take many values.
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if x != nil && n.Tok == token.ASSIGN {
						recordLHS(x, nil)
						recordLHS(x, nil)
					}
				}
				if id, ok := n.Value.(*ast.Ident); ok && n.Tok == token.DEFINE {
					if v, ok := info.Defs[id].(*types.Var); ok {
						b.ranged[v] = n.X
					}
				}
			case *ast.UnaryExpr:
				// &v and &s.f may be assigned through.
				if n.Op == token.AND {
					recordLHS(n.X, nil)
					recordLHS(n.X, nil)
				}
			}
		}
	}
}

// fieldOf returns the struct field that sel selects (s.f), as declared
// by the generic type when the struct is an instance of one, or nil.
func FieldOf(info *types.Info, sel *ast.SelectorExpr) *types.Var {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	v, _ := s.Obj().(*types.Var)
	if v != nil {
		v = v.Origin()
	}
	return v
}

// buildFuncs creates a Func for every declaration, literal and the
// package initializers.
func (b *builder) buildFuncs() {
	m := b.model
	info := b.pass.TypesInfo
	initializers := &Func{}
	for _, file := range b.files {
		for c := range file.Children() {
			switch decl := c.Node().(type) {
			case *ast.FuncDecl:
				if decl.Body == nil {
					continue
				}
				fn := &Func{Node: decl}
				if body, ok := c.FindNode(decl.Body); ok {
					fn.roots = []inspector.Cursor{body}
				}
				fn.Obj, _ = info.Defs[decl.Name].(*types.Func)
				if fn.Obj != nil {
					m.byObj[fn.Obj] = fn
				}
				m.byNode[decl] = fn
				m.Funcs = append(m.Funcs, fn)
				b.literals(fn, c)
			case *ast.GenDecl:
				if decl.Tok != token.VAR {
					continue
				}
				for vc := range c.Preorder((*ast.ValueSpec)(nil)) {
					for _, v := range vc.Node().(*ast.ValueSpec).Values {
						if root, ok := vc.FindNode(v); ok {
							initializers.roots = append(initializers.roots, root)
							b.literals(initializers, root)
						}
					}
				}
			}
		}
	}
	if len(initializers.roots) > 0 {
		m.Funcs = append(m.Funcs, initializers)
	}
}

// literals creates the Funcs of the function literals of parent's own
// code under root, and of the literals nested in them.
func (b *builder) literals(parent *Func, root inspector.Cursor) {
	root.Inspect([]ast.Node{(*ast.FuncLit)(nil)}, func(c inspector.Cursor) bool {
		lit := c.Node().(*ast.FuncLit)
		if lit == parent.Node {
			return true
		}
		fn := &Func{Node: lit, Parent: parent}
		if body, ok := c.FindNode(lit.Body); ok {
			fn.roots = []inspector.Cursor{body}
		}
		b.model.byNode[lit] = fn
		b.model.Funcs = append(b.model.Funcs, fn)
		b.literals(fn, c)
		return false
	})
}

// buildEdges records the edges of every body.
func (b *builder) buildEdges() {
	for _, fn := range b.model.Funcs {
		for _, root := range fn.roots {
			root.Inspect(nil, func(c inspector.Cursor) bool {
				n := c.Node()
				switch n := n.(type) {
				case *ast.FuncLit:
					if lit := b.model.byNode[n]; lit != nil {
						b.addUse(fn, c, n, nil, lit)
					}
					return false
				case *ast.Ident, *ast.SelectorExpr:
					if sel, ok := n.(*ast.SelectorExpr); ok && b.funcValue(sel) == nil {
						if f := FieldOf(b.pass.TypesInfo, sel); f != nil && isFunc(f.Type()) {
							b.resolveUse(fn, c, sel) // s.fn: a field given one function value
						}
						return true // x.f: a field or a package-qualified variable; the walk meets sel.Sel
					}
					if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == n {
						return true // accounted for by the selector
					}
					b.resolveUse(fn, c, n.(ast.Expr))
				}
				return true
			})
		}
	}
}

// resolveUse records the edge of an identifier or selector denoting a
// function: a declared function or method, or a variable given exactly
// one function value (a literal, a function, or the result of
// sync.OnceFunc and OnceValue(s), whose function then runs once).
func (b *builder) resolveUse(fn *Func, c inspector.Cursor, e ast.Expr) {
	if callee := b.funcValue(e); callee != nil {
		b.addUse(fn, c, e, callee, nil)
		return
	}
	v := valueVar(b.pass.TypesInfo, e)
	if v == nil || !isFunc(v.Type()) {
		return
	}
	value := b.model.callValue(v)
	once := false
	for range 8 { // a chain of single assignments
		if value == nil {
			return
		}
		value = ast.Unparen(value)
		if call, ok := value.(*ast.CallExpr); ok && len(call.Args) == 1 && knowledge.FuncArgRuns(knowledge.Callee(b.pass.TypesInfo, call)) == knowledge.RunsOnceLater {
			value, once = ast.Unparen(call.Args[0]), true
			continue
		}
		break
	}
	var callee *types.Func
	var lit *Func
	switch x := value.(type) {
	case *ast.FuncLit:
		lit = b.model.byNode[x]
	case *ast.Ident, *ast.SelectorExpr:
		callee = b.funcValue(x)
	}
	if callee == nil && lit == nil {
		return
	}
	edge := b.classify(c, e)
	edge.Callee, edge.Lit = callee, lit
	if once && edge.Runs() {
		edge.When = Once
	}
	fn.Edges = append(fn.Edges, edge)
}

// maxDispatch bounds the concrete types an interface call resolves to.
const maxDispatch = 4

// storedMethods returns the methods named name of the concrete types of
// the values the package gives v, a struct field or package-level
// variable of interface type (h.repo = &dynamoRepo{}, app{repo:
// newCache(...)}): the methods an interface call on v runs. It returns
// none when v is exported (outside a main package: other packages may
// store other types in it), when a value is not known, is itself of an interface type, or
// when the values have more than maxDispatch types: the call is then
// not followed.
func (b *builder) storedMethods(v *types.Var, name string) []*types.Func {
	if !v.IsField() && !IsGlobal(v) {
		return nil
	}
	if v.Exported() && v.Pkg() != nil && v.Pkg().Name() != "main" {
		return nil // other packages may store other types in it
	}
	var methods []*types.Func
	for _, st := range b.model.Stores(v) {
		if st.Value == nil {
			return nil
		}
		if isNil(b.pass.TypesInfo, st.Value) {
			continue // h.repo = nil: no method runs
		}
		t := typeOf(b.pass.TypesInfo, st.Value)
		if t == nil || types.IsInterface(t) {
			return nil
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, b.pass.Pkg, name)
		m, ok := obj.(*types.Func)
		if !ok {
			return nil
		}
		if m = m.Origin(); !slices.Contains(methods, m) {
			methods = append(methods, m)
		}
	}
	if len(methods) > maxDispatch {
		return nil
	}
	return methods
}

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// addUse records the edge of a function-valued expression e at c.
func (b *builder) addUse(fn *Func, c inspector.Cursor, e ast.Expr, callee *types.Func, lit *Func) {
	if callee != nil {
		if recv := callee.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			// A method of an interface value: of the concrete method when
			// the variable or field is given one value (var h
			// http.Handler = &server{}; h.ServeHTTP(w, r)), else a
			// dynamic call not followed.
			sel, ok := e.(*ast.SelectorExpr)
			if !ok {
				return
			}
			x := valueVar(b.pass.TypesInfo, sel.X)
			if x == nil {
				return
			}
			if b.model.callValue(x) == nil {
				// A field or package-level variable given several
				// values: the methods of the concrete types they have.
				for _, m := range b.storedMethods(x, callee.Name()) {
					edge := b.classify(c, e)
					edge.Callee = m
					fn.Edges = append(fn.Edges, edge)
				}
				return
			}
			// methodTargets may resolve a wrapper's result to the
			// functions it serves (h = withCORS(handle); h.ServeHTTP).
			for _, t := range b.methodTargets(sel.X, callee.Name(), make(map[ast.Node]bool)) {
				edge := b.classify(c, e)
				if t.lit != nil {
					edge.Lit = b.model.byNode[t.lit]
				} else if t.obj != nil {
					if recv := t.obj.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
						continue
					}
					edge.Callee = t.obj
				}
				if edge.Callee != nil || edge.Lit != nil {
					fn.Edges = append(fn.Edges, edge)
				}
			}
			return
		}
	}
	edge := b.classify(c, e)
	edge.Callee, edge.Lit = callee, lit
	fn.Edges = append(fn.Edges, edge)
}

// classify says when the function that expression e, at c, denotes
// runs: called (now, deferred, on a new goroutine), given to a call
// (classified by the knowledge tables, or registered), or stored.
func (b *builder) classify(c inspector.Cursor, e ast.Expr) Edge {
	info := b.pass.TypesInfo
	// The expression's use, through parentheses and instantiation.
	use, node := c.Parent(), ast.Node(e)
	for {
		switch p := use.Node().(type) {
		case *ast.ParenExpr:
			use, node = use.Parent(), p
			continue
		case *ast.IndexExpr:
			if p.X == node {
				use, node = use.Parent(), p
				continue
			}
		case *ast.IndexListExpr:
			if p.X == node {
				use, node = use.Parent(), p
				continue
			}
		}
		break
	}
	if b.inRegistration(c) && !isCallFun(use.Node(), node) {
		if call, ok := use.Node().(*ast.CallExpr); !ok || !b.runsAtCall(call, node.(ast.Expr)) {
			return Edge{When: Registered, Node: e}
		}
	}
	call, ok := use.Node().(*ast.CallExpr)
	if !ok {
		return Edge{When: Stored, Node: e}
	}
	if call.Fun == node {
		edge := Edge{When: Now, Node: call, Call: call}
		switch s := use.Parent().Node().(type) {
		case *ast.GoStmt:
			if s.Call == call {
				edge.When = Goroutine
			}
		case *ast.DeferStmt:
			if s.Call == call {
				edge.When = Deferred
			}
		}
		return edge
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return Edge{When: Stored, Node: e} // a conversion: http.HandlerFunc(f)
	}
	edge := Edge{When: Now, Node: e, Call: call}
	runs := knowledge.FuncArgRuns(knowledge.Callee(info, call))
	if runs == knowledge.RunsNow {
		// A function of no table: its code says whether it runs the
		// value or keeps it (see paramKnown).
		if fn := knowledge.Callee(info, call); fn != nil {
			if i := slices.Index(call.Args, node.(ast.Expr)); i >= 0 {
				if known, r := b.paramKnown(fn, i); known && !r {
					edge.When = Stored
					return edge
				}
			}
		}
	}
	switch runs {
	case knowledge.RunsOnce:
		edge.When = Once
	case knowledge.RunsOnceLater:
		edge.When = Stored // runs when the result is called: see resolveUse
	case knowledge.RunsGoroutine:
		edge.When = Goroutine
	case knowledge.RunsLater:
		edge.When = Later
	case knowledge.RunsNever:
		edge.When = Stored // lambda.NewHandler(f): served when invoked
	}
	return edge
}

// isCallFun reports whether node is the function called by parent.
func isCallFun(parent, node ast.Node) bool {
	call, ok := parent.(*ast.CallExpr)
	return ok && call.Fun == node
}

// inRegistration reports whether c lies within the function argument of
// a registration.
func (b *builder) inRegistration(c inspector.Cursor) bool {
	if len(b.regArgs) == 0 {
		return false
	}
	if e, ok := c.Node().(ast.Expr); ok && b.regArgs[e] {
		return true
	}
	for c = c.Parent(); c.Node() != nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl, *ast.File:
			return false // the code of a literal is not the argument's value
		case ast.Expr:
			if b.regArgs[n] {
				return true
			}
		}
	}
	return false
}

// funcValue returns the function or concrete method that expr denotes
// (f, pkg.F, T.M, x.M), or nil.
func (b *builder) funcValue(expr ast.Expr) *types.Func { return funcValue(b.pass.TypesInfo, expr) }

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

// isFunc reports whether t is a function type.
func isFunc(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Signature)
	return ok
}
