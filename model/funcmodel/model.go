package funcmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/internal/deploy"
	"github.com/fnlint/fnlint/internal/knowledge"
)

// A Model is the execution model of one package: its entry points, its
// function bodies, the edges between them saying when each target runs,
// and the phase in which each body runs.
type Model struct {
	Pkg *types.Package
	// Local reports whether the package is the user's own code (see
	// internal/locality), the code fnlint analyzes.
	Local bool
	// Summarized reports whether the package is a third-party
	// dependency (a module that is not the user's own code) analyzed
	// from source: its model has its bodies and edges but no entry
	// points and no phases, so that the effects that summarize a
	// dependency (process exits, clients created, blocking I/O, calls
	// that never return; see effects.Spec.Summarize) are derived from
	// its code and exported as facts, and nothing is judged. The
	// standard library gets an empty model: the knowledge tables
	// describe it.
	Summarized bool
	// Files are the package's non-test files: test files are not
	// function code, and every analyzer reads this list, not pass.Files.
	Files   []*ast.File
	Entries []*Entry
	Funcs   []*Func // every body of Files, in source order
	// Deployment is what the deployment files of the package's module
	// say (internal/deploy): those found from the module's root up to
	// the repository's and those the -deploy flag and fnlint.toml name;
	// nil for a package that is not the user's code. The entry points
	// it deploys list it in Entry.Deployed; positions in its files
	// convert with DeployPos.
	Deployment *deploy.Set

	summaries   Summaries
	config      *config.Config // of the user's packages
	fset        *token.FileSet
	deployments *Deployments

	byNode  map[ast.Node]*Func
	byObj   map[*types.Func]*Func
	inits   map[*types.Var]ast.Expr
	assigns map[*types.Var]int
	// stores holds every value given to a package-level variable or a
	// struct field (see Stores).
	stores map[*types.Var][]Store
	// zeroDecl holds the variables declared without a value (var
	// router *chi.Mux), whose declaration counts as an assignment.
	zeroDecl map[*types.Var]bool
	// reached holds the entry points of other packages that reach
	// functions of this one through calls (Config.Registered with a
	// Caller): roots of the phases, not entry points of the package.
	reached []*Entry
	// judgedIn holds the phases in which the functions of other
	// packages that the package calls are judged there (see
	// JudgedElsewhere).
	judgedIn map[*types.Func]Phase
}

// ValueOf returns the single value ever given to variable v in the
// package, or nil when v is assigned more than once, has its address
// taken, or has no initial value. For a struct field, the values given
// to it in any value of the struct type count (s.fn = f, T{fn: f}).
func (m *Model) ValueOf(v *types.Var) ast.Expr {
	if v.IsField() {
		v = v.Origin() // a field counts for every value of its struct type
	}
	if m.assigns[v] != 1 {
		return nil
	}
	return m.inits[v]
}

// A Store is a value given to a package-level variable or a struct
// field in the package's code.
type Store struct {
	// Value is the value stored, or nil when it is not known: x, y :=
	// f(), x += y, the address taken (&x may be stored through), a range
	// loop's variables.
	Value ast.Expr
	// In is the function declaration or literal whose code stores it;
	// nil for a package-level declaration (var v = x).
	In ast.Node
}

// Stores returns every value the package's non-test code gives v, a
// package-level variable or a struct field (for a field, in any value of
// its struct type: s.f = x, T{f: x}, T{x}), in source order. A value
// that a declaration or composite literal leaves out (the zero value)
// is no store. Stores of the other packages are not seen: a rule that
// needs them exports what it learns as facts.
func (m *Model) Stores(v *types.Var) []Store {
	if v.IsField() {
		v = v.Origin()
	}
	return m.stores[v]
}

// callValue is ValueOf for a variable through which code is called,
// served or registered (a function, a handler, a router): a declaration
// without a value does not count, since a call through the zero value
// (a nil function, pointer or interface) panics, so only the one value
// assigned later can run (var router *chi.Mux; router = r, in a
// once-only setup).
func (m *Model) callValue(v *types.Var) ast.Expr {
	if v.IsField() {
		v = v.Origin()
	}
	if m.zeroDecl[v] && m.assigns[v] == 2 && isNillable(v.Type()) {
		return m.inits[v]
	}
	return m.ValueOf(v)
}

// isNillable reports whether the zero value of t is nil.
func isNillable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Signature, *types.Interface, *types.Map, *types.Chan, *types.Slice:
		return true
	}
	return false
}

// An Entry is an entry point: a function the platform invokes.
type Entry struct {
	Kind knowledge.Kind
	// Platform is the platform that invokes it: AWS Lambda for the
	// handlers of aws-lambda-go (and the routes of a router that a Lambda
	// handler serves), Cloud Run functions for every other.
	Platform Platform
	Name     string      // registered name ("API /a" for a route); for 1st-gen and Lambda handlers, the function's name
	Via      string      // how it was declared: "functions.HTTP", "1st gen", "flag", "route of API"
	Route    bool        // a route of a router that an entry point serves (not its middleware)
	Pos      token.Pos   // the registration's function argument, or the declaration
	Arg      ast.Expr    // the registration's function argument; nil for 1st-gen and flagged entries
	Obj      *types.Func // the named function or method; nil for a function literal
	Func     *Func       // its body in this package; nil when declared elsewhere
	// Judged reports, for an entry point declared in another package,
	// that its package judges it already: it is function code there.
	Judged bool
	// Served is, for a route, the name of the function that serves it;
	// for a function that a registration's value keeps (the argument of
	// a Lambda handler's constructor), the name of the registered one.
	Served string
	// FunctionURL reports, for an HTTP entry point on Lambda, that it is
	// served as a Lambda Function URL (aws-lambda-go's lambdaurl), whose
	// wrapper answers an empty 200 OK for a handler that writes nothing,
	// rather than through an API Gateway adapter.
	FunctionURL bool
	// Caller, when set, makes the Entry an entry point of another
	// package (Kind, Platform, Name and Via describe it) that reaches
	// Func, a function of this package that is no entry point, through
	// calls, the first of them from Caller (see
	// ExternalEntry.Caller): it is in the Entries of the bodies it
	// reaches, never in Model.Entries. Pos is Func's declaration.
	Caller string
	// CallPos is, for a Caller, the call in Caller's package that
	// reaches Func (NoPos when the driver did not say).
	CallPos token.Pos
	// Deployed lists the functions of the deployment files (see
	// Model.Deployment) that deploy this entry point: a Lambda function
	// whose code is the package's directory, a Cloud Run function whose
	// source is and whose entry point names it. Empty when no file
	// says: the entry point may be deployed by means fnlint does not
	// read (a console, another repository).
	Deployed []*deploy.Function

	once bool // for a Caller: reached only through a once-only initializer
}

// Function returns the name of the deployed function the entry point
// belongs to: its own, or for a route the function serving the router.
func (e *Entry) Function() string {
	if e.Served != "" {
		return e.Served
	}
	return e.Name
}

// Platform is a set of serverless platforms: the platforms of the entry
// points that reach some code, whose rules and words its messages use.
type Platform uint8

const (
	// CloudRun is Cloud Run functions (formerly Cloud Functions).
	CloudRun Platform = 1 << iota
	// Lambda is AWS Lambda.
	Lambda
)

func (p Platform) String() string {
	switch p {
	case CloudRun:
		return "Cloud Run functions"
	case Lambda:
		return "AWS Lambda"
	case CloudRun | Lambda:
		return "Cloud Run functions and AWS Lambda"
	}
	return "no platform"
}

// PlatformOf returns the platform that invokes entry points of kind k.
func PlatformOf(k knowledge.Kind) Platform {
	if k == knowledge.Lambda {
		return Lambda
	}
	return CloudRun
}

// PlatformOf returns the platforms whose rules judge f: those of the
// entry points that reach it, or for cold-start code, which runs in the
// initialization of the package's function instances, those of the
// package's entry points.
func (m *Model) PlatformOf(f *Func) Platform {
	if !f.FunctionCode() && f.ColdStart() {
		return Platforms(m.Entries)
	}
	return Platforms(f.Entries)
}

// Platforms returns the set of platforms of the entry points: of those
// that reach a body (Func.Entries) or a site of an effect
// (effects.Site.Entries). Code that no entry point reaches is judged, if
// at all, by Cloud Run functions' rules.
func Platforms(entries []*Entry) Platform {
	var p Platform
	for _, e := range entries {
		p |= e.Platform
	}
	if p == 0 {
		return CloudRun
	}
	return p
}

// Phase says when a body runs, as a set: a helper may run both at cold
// start and on every invocation. Zero means the body is unreached: no
// analyzer judges it.
type Phase uint8

const (
	// PerInvocation: reached from an entry point through edges that run
	// their target on every invocation (on its goroutine or another).
	PerInvocation Phase = 1 << iota
	// PerInstance: reached from an entry point only through a once-only
	// initializer (sync.Once.Do, OnceFunc, OnceValue(s)): run by the
	// first invocation that needs it, once per instance.
	PerInstance
	// ColdStart: init functions, the package initializers, and what they
	// run, in a package that declares entry points (the initialization
	// of a library is not a function instance's cold start).
	ColdStart
)

// A Func is a function body of the package: a declared function or
// method, a function literal, or (Node == nil) the package-level variable
// initializers taken together.
type Func struct {
	Node   ast.Node    // *ast.FuncDecl, *ast.FuncLit, or nil for the initializers
	Obj    *types.Func // the declared function; nil for literals and initializers
	Parent *Func       // the enclosing body of a literal
	Edges  []Edge      // uses of functions in this body, nested literals excluded
	// Entries lists the entry points from which this body is reached.
	Entries []*Entry
	// Phase is when the body runs; see the Phase constants.
	Phase Phase

	roots []inspector.Cursor // the subtrees of the body's own code
}

// FunctionCode reports whether f runs in invocations: on every one, or
// once per instance in the first that needs it.
func (f *Func) FunctionCode() bool { return f.Phase&(PerInvocation|PerInstance) != 0 }

// PerInvocation reports whether f runs on every invocation of some entry
// point.
func (f *Func) PerInvocation() bool { return f.Phase&PerInvocation != 0 }

// ColdStart reports whether f runs at the cold start of a function
// instance.
func (f *Func) ColdStart() bool { return f.Phase&ColdStart != 0 }

// When says when the target of an edge runs, relative to the body that
// holds the edge. The knowledge tables classify calls that are given a
// function value (knowledge.FuncArgRuns): the shape of the code does not.
type When uint8

const (
	Now        When = iota // a call, or a function value given to a call that may run it before returning
	Deferred               // the call of a defer statement: when the body returns
	Goroutine              // on a new goroutine: a go statement, WaitGroup.Go, errgroup's Go
	Later                  // later, on another goroutine: time.AfterFunc, context.AfterFunc
	Once                   // at most once per instance: sync.Once.Do, or the call of a OnceFunc/OnceValue(s) result
	Stored                 // not run here: returned, stored, converted, assigned, handed to OnceFunc
	Registered             // the function argument of an entry-point or route registration
)

func (w When) String() string {
	switch w {
	case Now:
		return "now"
	case Deferred:
		return "deferred"
	case Goroutine:
		return "goroutine"
	case Later:
		return "later"
	case Once:
		return "once"
	case Stored:
		return "stored"
	case Registered:
		return "registered"
	}
	return "?"
}

// An Edge is a use of a function from a body.
type Edge struct {
	When   When
	Node   ast.Node      // the call, or the referring expression
	Call   *ast.CallExpr // the call (for Now, Deferred and Goroutine statements) or the call given the function value
	Callee *types.Func   // the named function, or nil for a literal
	Lit    *Func         // the literal, or nil
}

// Runs reports whether the edge runs its target at some time: every edge
// but a stored reference and a registration.
func (e Edge) Runs() bool { return e.When != Stored && e.When != Registered }

// Synchronous reports whether the target runs before the body returns,
// on the body's goroutine: now, deferred, or once.
func (e Edge) Synchronous() bool { return e.When == Now || e.When == Deferred || e.When == Once }

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

// Walk calls fn for each node of f's own code in depth-first order,
// CursorOf returns the cursor of n, a node of f's own code (not of a
// literal it contains), found in time linear in the size of f.
func (f *Func) CursorOf(n ast.Node) (inspector.Cursor, bool) {
	for _, root := range f.roots {
		if c, ok := root.FindNode(n); ok {
			return c, true
		}
	}
	return inspector.Cursor{}, false
}

// with its cursor (whose Parent and Enclosing see the whole file),
// without entering nested function literals: they are Funcs of their
// own. Returning false from fn skips the node's children.
func (f *Func) Walk(fn func(c inspector.Cursor) bool) {
	for _, root := range f.roots {
		root.Inspect(nil, func(c inspector.Cursor) bool {
			if lit, ok := c.Node().(*ast.FuncLit); ok && lit != f.Node {
				return false
			}
			return fn(c)
		})
	}
}

// Inspect calls fn for each node of f's own code in depth-first order,
// as Walk does, without the cursor.
func (f *Func) Inspect(fn func(ast.Node) bool) {
	f.Walk(func(c inspector.Cursor) bool { return fn(c.Node()) })
}

// InspectParents calls fn for each node of f's own code with the node's
// parent; returning false from fn skips the node's children.
func (f *Func) InspectParents(fn func(n, parent ast.Node) bool) {
	f.Walk(func(c inspector.Cursor) bool { return fn(c.Node(), c.Parent().Node()) })
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

// ImportedCalls returns the edges of f to a function of another package
// (whose facts can be consulted) that carry accepts.
func (f *Func) ImportedCalls(pkg *types.Package, carry func(Edge) bool) []Edge {
	var edges []Edge
	for _, e := range f.Edges {
		if e.Callee != nil && e.Callee.Pkg() != pkg && carry(e) {
			edges = append(edges, e)
		}
	}
	return edges
}

// PackageConfig returns the configuration of the package's directory
// (internal/config), with the driver's selection applied; nil for a
// package that is not the user's code. Checks built by
// internal/scaffold read it to drop their findings where the
// configuration turns them off.
func (m *Model) PackageConfig() *config.Config { return m.config }
