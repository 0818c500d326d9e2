package globalmutation

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
	"github.com/fnlint/fnlint/model/locks"
)

//go:embed doc.go
var doc string

// Analyzer reports unsynchronized writes to globals in function code.
var Analyzer = New(funcmodel.Analyzer, flowgraph.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model and the control-flow graphs of the given instances: drivers
// build one suite per configuration.
func New(model, graphs *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "globalmutation",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model, graphs},
		FactTypes: []analysis.Fact{new(effects.Fact[write])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model, graphs) },
	})
}

// write is the effect of writing package-level state without
// synchronization.
type write struct {
	Var string // the variable written, package-qualified
}

func (write) Label() string    { return "writes" }
func (w write) String() string { return w.Var }

// checker holds the lock state of the package's bodies.
type checker struct {
	pass *analysis.Pass
	m    *funcmodel.Model
	cfgs *flowgraph.Graphs
	held map[*funcmodel.Func]locks.Held
	// protected bodies run only with a lock held by every caller.
	protected map[*funcmodel.Func]bool
}

func run(pass *analysis.Pass, model, graphs *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	c := &checker{
		pass:      pass,
		m:         m,
		cfgs:      pass.ResultOf[graphs].(*flowgraph.Graphs),
		held:      make(map[*funcmodel.Func]locks.Held),
		protected: make(map[*funcmodel.Func]bool),
	}
	c.findProtected()
	spec := effects.Spec[write]{
		Cause: func(f *funcmodel.Func, cur inspector.Cursor) (write, bool) {
			if v := c.write(f, cur.Node()); v != nil && !c.sameConstant(cur, v) {
				return write{qualified(v)}, true
			}
			return write{}, false
		},
		// A write in a callee, or on a goroutine or callback the callee
		// starts, races as much as the caller's own; the function of a
		// once-only initializer runs once, synchronized by it.
		Carry: func(e funcmodel.Edge) bool { return e.Runs() && e.When != funcmodel.Once },
		// A lock held at the write or at the call synchronizes it (a
		// setter that takes its own mutex); one held by every caller of
		// a body protects the body.
		Guarded: func(f *funcmodel.Func, n ast.Node) bool { return c.protected[f] || c.lockedAt(f, n) },
	}
	judge := func(f *funcmodel.Func) bool { return f.PerInvocation() }
	for _, s := range effects.Run[write](pass, m, spec, judge) {
		platforms, conc := s.Platform(m), funcmodel.DeployedConcurrency(s.Entries())
		// The deployments that decide the words are the other end.
		var deployed []analysis.RelatedInformation
		if conc != funcmodel.ConcurrencyUnknown {
			deployed = m.DeployedRelated(s.Entries(), false)
		}
		d := analysis.Diagnostic{Pos: s.Node.Pos()}
		switch {
		case s.Path != nil:
			d.End = s.Node.End()
			d.Message = fmt.Sprintf("%s, which writes %s without synchronization: %s", via(s), s.Cause, why(platforms, conc))
			d.Related = s.Declared(fmt.Sprintf("writes %s without synchronization", s.Cause))
		case c.lazyInit(s.Func, s.Node):
			d.Message = fmt.Sprintf("unsynchronized lazy initialization of package-level variable %s in %s: %s; use sync.OnceValues", s.Name, s.Func.Name(), lazyWhy(platforms, conc))
		default:
			d.Message = fmt.Sprintf("write to package-level variable %s without synchronization in %s: %s", s.Name, s.Func.Name(), why(platforms, conc))
		}
		if s.Path == nil {
			// In a helper that entry points of other packages reach:
			// the call that reaches it is the other end.
			d.Related = append(d.Related, m.ReachedRelated(s.Func)...)
		}
		d.Related = append(d.Related, deployed...)
		pass.Report(d)
	}
	return nil
}

// via says who writes through a call: "helloHTTP calls record", or a
// registration's own words.
func via(s effects.Site[write]) string {
	if s.Func == nil || s.Entry != nil {
		return s.Via()
	}
	return s.Func.Name() + " " + s.Via()
}

// Why a write to a global hurts, and what to do: Cloud Run functions serve concurrent
// requests on one instance; a default Lambda execution environment runs
// one invocation at a time, so the write leaks into the next one, while
// Lambda Managed Instances run several at once in one process
// (docs/platform.md, "Concurrency" and "AWS Lambda"). When the
// deployments of the entry points say how many invocations an instance
// serves at once (funcmodel.DeployedConcurrency), the words say which of
// the two happens.
const (
	cloudRunWhy = "concurrent invocations race on it, and the next invocation may land on another instance that never saw the write"
	lambdaWhy   = "on Lambda it leaks into the next invocation of the execution environment, other environments never see it, and on Lambda Managed Instances, which run up to AWS_LAMBDA_MAX_CONCURRENCY invocations at once in one process, it is a data race"
	remedy      = "keep per-invocation state in local variables, or guard shared state with a mutex"

	cloudRunRaces = "as deployed, an instance serves several invocations at once, so they race on it, and the next invocation may land on another instance that never saw the write"
	lambdaRaces   = "on Lambda Managed Instances, which as deployed run several invocations at once in one process, it is a data race, and other execution environments never see it"
	cloudRunLeaks = "as deployed, an instance serves one invocation at a time, so it does not race but leaks into the next invocation on the instance, and other instances never see it"
	lambdaLeaks   = "on Lambda, whose execution environment as deployed runs one invocation at a time, it does not race but leaks into the next invocation of the environment, and other environments never see it"
	leakRemedy    = "keep per-invocation state in local variables"
)

// why says why an unsynchronized write hurts on the platforms, deployed
// with concurrency c, and what to do.
func why(p funcmodel.Platform, c funcmodel.Concurrency) string {
	cloudRun, lambda, what := cloudRunWhy, lambdaWhy, remedy
	switch c {
	case funcmodel.Concurrent:
		cloudRun, lambda = cloudRunRaces, lambdaRaces
	case funcmodel.OneAtATime:
		cloudRun, lambda, what = cloudRunLeaks, lambdaLeaks, leakRemedy
	}
	switch p {
	case funcmodel.Lambda:
		return lambda + "; " + what
	case funcmodel.Lambda | funcmodel.CloudRun:
		return "on Cloud Run functions " + cloudRun + "; " + lambda + "; " + what
	}
	return cloudRun + "; " + what
}

// lazyWhy says why an unsynchronized lazy initialization hurts on the
// platforms, deployed with concurrency c.
func lazyWhy(p funcmodel.Platform, c funcmodel.Concurrency) string {
	unit := "an instance"
	if p == funcmodel.Lambda {
		unit = "an execution environment"
	}
	switch c {
	case funcmodel.Concurrent:
		return "as deployed, " + unit + " serves several invocations at once, so they race to initialize it"
	case funcmodel.OneAtATime:
		return "as deployed, " + unit + " serves one invocation at a time, so invocations do not race to initialize it yet, but they will once it serves several at once"
	}
	const lambda = "on Lambda Managed Instances, which run up to AWS_LAMBDA_MAX_CONCURRENCY invocations at once in one process, they race to initialize it (a default execution environment runs one invocation at a time)"
	if p&funcmodel.Lambda == 0 {
		return "concurrent invocations race to initialize it"
	}
	if p&funcmodel.CloudRun != 0 {
		return "concurrent invocations race to initialize it, on Cloud Run functions and " + lambda
	}
	return lambda
}

// write returns the package-level variable that node n of f's own code
// writes without a lock held, or nil.
func (c *checker) write(f *funcmodel.Func, n ast.Node) *types.Var {
	var target ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE {
			return nil
		}
		for _, lhs := range n.Lhs {
			if v := c.globalRoot(lhs); v != nil {
				target = lhs
				break
			}
		}
	case *ast.IncDecStmt:
		target = n.X
	case *ast.CallExpr:
		// delete(m, k) and clear(m) write the map or slice they are
		// given, copy(dst, src) its destination.
		info := c.pass.TypesInfo
		if (knowledge.IsBuiltin(info, n, "delete") || knowledge.IsBuiltin(info, n, "clear") || knowledge.IsBuiltin(info, n, "copy")) && len(n.Args) > 0 {
			target = n.Args[0]
		}
	}
	if target == nil {
		return nil
	}
	return c.globalRoot(target)
}

// sameConstant reports whether the statement at cur stores the same
// value into v, a package-level variable of basic type, on every
// invocation that runs its function: it assigns v itself (not an
// element or a field reached from it) a constant (code.Constants, as
// procstate judges its setters), under no condition of its function,
// and every store of v in the package's function code is that constant.
// Then nothing leaks from one invocation into the next, and concurrent
// writes store what is already there. A constant written only on some
// invocations (if debug { verbose = true }) or different constants in
// different places leak which ran last.
func (c *checker) sameConstant(cur inspector.Cursor, v *types.Var) bool {
	info := c.pass.TypesInfo
	as, ok := cur.Node().(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) || !code.Constants(info, as.Rhs) {
		return false
	}
	if _, ok := v.Type().Underlying().(*types.Basic); !ok {
		return false
	}
	var value constant.Value
	for i, lhs := range as.Lhs {
		switch x := ast.Unparen(lhs).(type) {
		case *ast.Ident:
		case *ast.SelectorExpr:
			if _, field := info.Selections[x]; field {
				return false
			}
		default:
			return false
		}
		if c.globalRoot(lhs) == v {
			value = info.Types[as.Rhs[i]].Value
		} else if c.globalRoot(lhs) != nil {
			return false
		}
	}
	if value == nil {
		return false
	}
	for p := cur.Parent(); ; p = p.Parent() {
		switch p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
		case *ast.BlockStmt:
			continue
		default:
			return false
		}
		break
	}
	for _, st := range c.m.Stores(v) {
		if st.In == nil {
			continue // the initial value: the first invocation replaces it before it runs on
		}
		if st.Value == nil {
			return false
		}
		w := info.Types[st.Value].Value
		if w == nil || w.Kind() != value.Kind() || !constant.Compare(w, token.EQL, value) {
			return false
		}
	}
	return true
}

// globalRoot returns the package-level variable at the root of a written
// expression (v, v.f, v[i], v.f[i].g, *v), or nil. Sync and atomic
// values are not written by assignment and are not expected here.
func (c *checker) globalRoot(e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, ok := c.pass.TypesInfo.ObjectOf(x).(*types.Var)
			if !ok || x.Name == "_" || !funcmodel.IsGlobal(v) {
				return nil
			}
			return v
		case *ast.SelectorExpr:
			if sel, ok := c.pass.TypesInfo.Selections[x]; ok {
				if sel.Indirect() && isPointerVar(c.pass, x.X) {
					return nil // through a pointer held elsewhere: not seen
				}
				e = x.X
				continue
			}
			v, ok := c.pass.TypesInfo.Uses[x.Sel].(*types.Var) // pkg.Var
			if !ok {
				return nil
			}
			return v
		case *ast.IndexExpr: // an element of a global map, slice or array
			e = x.X
		case *ast.StarExpr:
			return nil
		default:
			return nil
		}
	}
}

// isPointerVar reports whether e is a local variable of pointer type: a
// field written through it belongs to whatever it points to.
func isPointerVar(pass *analysis.Pass, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := pass.TypesInfo.ObjectOf(id).(*types.Var)
	return ok && v.Pkg() != nil && !funcmodel.IsGlobal(v)
}

// lockedAt reports whether a mutex is held at node n of f.
func (c *checker) lockedAt(f *funcmodel.Func, n ast.Node) bool {
	h, ok := c.held[f]
	if !ok {
		h = locks.Analyze(c.pass.TypesInfo, c.cfgs.Of(f))
		c.held[f] = h
	}
	return h.At(n)
}

// findProtected marks the bodies of the package every call of which,
// from function code, holds a lock, directly or through a protected
// caller.
func (c *checker) findProtected() {
	type call struct {
		from *funcmodel.Func
		node ast.Node
	}
	callers := make(map[*funcmodel.Func][]call)
	for _, f := range c.m.Funcs {
		if !f.FunctionCode() {
			continue
		}
		for _, e := range f.Edges {
			t := c.m.Target(e)
			if t == nil || !e.Runs() {
				continue
			}
			if e.When != funcmodel.Now && e.When != funcmodel.Deferred {
				// A goroutine, a callback or a once-only function does
				// not run under the lock its starter holds: it has a
				// caller that holds none.
				callers[t] = append(callers[t], call{from: nil})
				continue
			}
			callers[t] = append(callers[t], call{f, e.Node})
		}
	}
	for changed := true; changed; {
		changed = false
		for t, calls := range callers {
			if c.protected[t] || c.m.EntryOf(t) != nil {
				continue
			}
			all := true
			for _, k := range calls {
				if k.from == nil || !c.protected[k.from] && !c.lockedAt(k.from, k.node) {
					all = false
					break
				}
			}
			if all {
				c.protected[t] = true
				changed = true
			}
		}
	}
}

// lazyInit reports whether a write lies in the body of
// if v == nil { ... } for the variable it writes.
func (c *checker) lazyInit(f *funcmodel.Func, n ast.Node) bool {
	v := c.write(f, n)
	if v == nil {
		return false
	}
	found := false
	f.Inspect(func(x ast.Node) bool {
		ifs, ok := x.(*ast.IfStmt)
		if !ok || found || n.Pos() < ifs.Body.Pos() || n.End() > ifs.Body.End() {
			return !found
		}
		if be, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr); ok && be.Op == token.EQL {
			for _, side := range []ast.Expr{be.X, be.Y} {
				if id, ok := ast.Unparen(side).(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// qualified names a package-level variable as pkg.name when it belongs
// to another package.
func qualified(v *types.Var) string {
	return fmt.Sprintf("%s.%s", v.Pkg().Name(), v.Name())
}
