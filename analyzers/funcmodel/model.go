package funcmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"sync"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// A Model is the function model of one package: its entry points, its
// function bodies, the calls between them, and which bodies are function
// code (reached from an entry point) or cold-start code.
type Model struct {
	Pkg *types.Package

	// Local reports whether the package belongs to a main module (or a
	// workspace module), the code fnlint analyzes. Dependencies from the
	// module cache and the standard library get an empty model and export
	// no facts: the knowledge tables describe them.
	Local bool

	Entries []*Entry
	Funcs   []*Func // every body of the package's non-test files, in source order

	byNode  map[ast.Node]*Func
	byObj   map[*types.Func]*Func
	inits   map[*types.Var]ast.Expr
	assigns map[*types.Var]int
}

// ValueOf returns the single value ever given to variable v in the
// package, or nil when v is assigned more than once, has its address
// taken, or has no initial value.
func (m *Model) ValueOf(v *types.Var) ast.Expr {
	if m.assigns[v] != 1 {
		return nil
	}
	return m.inits[v]
}

// An Entry is an entry point: a function the platform invokes.
type Entry struct {
	Kind knowledge.Kind
	Name string      // registered name; for 1st-gen and Lambda handlers, the function's name
	Via  string      // how it was declared: "functions.HTTP", "1st gen", "flag"
	Pos  token.Pos   // the registration's function argument, or the declaration
	Arg  ast.Expr    // the registration's function argument; nil for 1st-gen and flagged entries
	Obj  *types.Func // the named function or method; nil for a function literal
	Func *Func       // its body in this package; nil when declared elsewhere
}

// A Func is a function body of the package: a declared function or
// method, a function literal, or (Node == nil) the package-level variable
// initializers taken together.
type Func struct {
	Node   ast.Node    // *ast.FuncDecl, *ast.FuncLit, or nil for the initializers
	Obj    *types.Func // the declared function; nil for literals and initializers
	Parent *Func       // the enclosing body of a literal
	Edges  []Edge      // calls and references in this body, nested literals excluded

	// Entries lists the entry points from which this body is reached;
	// a body with entries is function code.
	Entries []*Entry
	// ColdStart reports whether the body runs during initialization:
	// an init function, the package initializers, or code they call.
	ColdStart bool
	// Lazy reports whether function code runs only inside once-only
	// initializers (sync.Once.Do, sync.OnceFunc, sync.OnceValue(s)):
	// once per instance, not on every invocation.
	Lazy bool

	roots []ast.Node // what Inspect walks

	flatOnce sync.Once
	flat     []step // roots in preorder, built once for every analyzer
}

// A step is one node of a Func's own code in preorder.
type step struct {
	node   ast.Node
	parent int32 // index of the parent step, or -1 for a root
	skip   int32 // index of the first step after node's subtree
}

// steps returns f's own code in preorder, flattened on first use: every
// analyzer walks the same bodies, so the tree is walked once.
func (f *Func) steps() []step {
	f.flatOnce.Do(func() {
		var stack []int32
		for _, root := range f.roots {
			ast.Inspect(root, func(n ast.Node) bool {
				if n == nil {
					top := stack[len(stack)-1]
					f.flat[top].skip = int32(len(f.flat))
					stack = stack[:len(stack)-1]
					return true
				}
				if lit, ok := n.(*ast.FuncLit); ok && lit != f.Node {
					return false // a Func of its own
				}
				parent := int32(-1)
				if len(stack) > 0 {
					parent = stack[len(stack)-1]
				}
				stack = append(stack, int32(len(f.flat)))
				f.flat = append(f.flat, step{node: n, parent: parent})
				return true
			})
		}
	})
	return f.flat
}

// EdgeKind says how a body uses another function.
type EdgeKind int

const (
	Call     EdgeKind = iota // a static call
	Go                       // the function of a go statement
	Defer                    // the function of a defer statement
	Arg                      // a function value passed as a call argument
	Local                    // a literal assigned to a local variable
	Ref                      // any other reference: returned, stored, converted
	Register                 // the function argument of an entry-point registration
)

// An Edge is a use of a function from a body: a call or a reference.
type Edge struct {
	Kind   EdgeKind
	Node   ast.Node      // the call, or the referring expression
	Call   *ast.CallExpr // for Call, Go and Defer the call; for Arg the call given the function
	Callee *types.Func   // the named function, or nil for a literal
	Lit    *Func         // the literal, or nil
}

// Calls reports whether the edge runs the target while the body runs, on
// its goroutine or another: everything but a stored reference or a
// registration.
func (e Edge) Calls() bool { return e.Kind != Ref && e.Kind != Register }

// ImportedCalls returns the edges of f that run a function of another
// package (whose facts can be consulted) and that follow accepts.
func (f *Func) ImportedCalls(pkg *types.Package, follow func(Edge) bool) []Edge {
	var edges []Edge
	for _, e := range f.Edges {
		if e.Callee != nil && e.Callee.Pkg() != pkg && follow(e) {
			edges = append(edges, e)
		}
	}
	return edges
}

// OnceOnly reports whether the edge gives a function to a once-only
// initializer (sync.Once.Do, sync.OnceFunc, sync.OnceValue(s)), which
// runs it once per instance rather than on every call.
func (e Edge) OnceOnly(info *types.Info) bool {
	return e.Kind == Arg && knowledge.OnceLike[knowledge.CalleeKey(info, e.Call)]
}

// ColdStartCode reports whether f is cold-start code of a package that
// declares entry points: the instance's initialization. Cold-start code
// of other packages (libraries, the standard library) is not judged.
func (m *Model) ColdStartCode(f *Func) bool { return f.ColdStart && len(m.Entries) > 0 }

// FunctionCode reports whether f is reached from an entry point.
func (f *Func) FunctionCode() bool { return len(f.Entries) > 0 }

// Body returns the body block, or nil for the initializers.
func (f *Func) Body() *ast.BlockStmt {
	switch n := f.Node.(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// Type returns the function's syntactic type, or nil for the initializers.
func (f *Func) Type() *ast.FuncType {
	switch n := f.Node.(type) {
	case *ast.FuncDecl:
		return n.Type
	case *ast.FuncLit:
		return n.Type
	}
	return nil
}

// Signature returns the function's type, or nil for the initializers.
func (f *Func) Signature(info *types.Info) *types.Signature {
	if f.Obj != nil {
		return f.Obj.Signature()
	}
	if lit, ok := f.Node.(*ast.FuncLit); ok {
		sig, _ := info.TypeOf(lit).(*types.Signature)
		return sig
	}
	return nil
}

// Decl returns the declared function enclosing f (f itself for a
// declaration), or nil for literals in package initializers.
func (f *Func) Decl() *Func {
	for f != nil && f.Obj == nil {
		f = f.Parent
	}
	return f
}

// Name returns a name for f in messages: the function's name, or "a
// function literal in NAME".
func (f *Func) Name() string {
	if f.Obj != nil {
		return f.Obj.Name()
	}
	if f.Node == nil {
		return "package initializers"
	}
	if d := f.Decl(); d != nil {
		return "a function literal in " + d.Obj.Name()
	}
	return "a function literal"
}

// Inspect calls fn for each node of f's own code in depth-first order,
// as ast.Inspect does (returning false skips the node's children, and fn
// is called with nil after the children of a node it returned true for),
// without entering nested function literals (they are Funcs of their
// own).
func (f *Func) Inspect(fn func(ast.Node) bool) {
	steps := f.steps()
	var ends []int32 // where the subtrees being visited end
	for i := int32(0); int(i) < len(steps); {
		for len(ends) > 0 && ends[len(ends)-1] == i {
			ends = ends[:len(ends)-1]
			fn(nil)
		}
		if fn(steps[i].node) {
			ends = append(ends, steps[i].skip)
			i++
		} else {
			i = steps[i].skip
		}
	}
	for range ends {
		fn(nil)
	}
}

// InspectParents calls fn for each node of f's own code in depth-first
// order with the node's parent (nil for a root); returning false from fn
// skips the node's children.
func (f *Func) InspectParents(fn func(n, parent ast.Node) bool) {
	steps := f.steps()
	for i := int32(0); int(i) < len(steps); {
		st := steps[i]
		var parent ast.Node
		if st.parent >= 0 {
			parent = steps[st.parent].node
		}
		if fn(st.node, parent) {
			i++
		} else {
			i = st.skip
		}
	}
}

// Of returns the body of the declared function fn, or nil when fn is not
// declared (with a body) in this package.
func (m *Model) Of(fn *types.Func) *Func { return m.byObj[fn.Origin()] }

// Node returns the Func of a *ast.FuncDecl or *ast.FuncLit, or nil.
func (m *Model) Node(n ast.Node) *Func { return m.byNode[n] }

// Target returns the body in this package that an edge leads to, or nil.
func (m *Model) Target(e Edge) *Func {
	if e.Lit != nil {
		return e.Lit
	}
	if e.Callee != nil {
		return m.Of(e.Callee)
	}
	return nil
}

// EntryOf returns the entry point whose own body is f, or nil.
func (m *Model) EntryOf(f *Func) *Entry {
	for _, e := range m.Entries {
		if e.Func == f {
			return e
		}
	}
	return nil
}
