package backgroundwork

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports work that outlives the invocation.
var Analyzer = New(funcmodel.Analyzer, flowgraph.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model and the control-flow graphs of the given instances: drivers
// build one suite per configuration.
func New(model, graphs *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "backgroundwork",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model, graphs},
		FactTypes: []analysis.Fact{new(effects.Fact[spawned])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model, graphs) },
	})
}

// spawn is the effect of starting work that is not joined.
// Its cause says what work: a goroutine, or the goroutine, callback or
// asynchronous result that a function starts.
type spawned struct {
	Kind spawnKind
	Func string // the function that starts the work; "" for a go statement
	// Consumer says that the goroutine only receives from a channel
	// (its body is one range loop over it): it works when function
	// code sends to it, so starting it at cold start is no finding.
	Consumer bool `json:",omitempty"`
}

// A spawnKind is a kind of work started.
type spawnKind uint8

const (
	goStmt    spawnKind = iota // a go statement
	goroutine                  // a goroutine a function starts (errgroup's Go)
	callback                   // a callback a function schedules (time.AfterFunc)
	result                     // an asynchronous result a function returns
)

func (spawned) Label() string { return "spawns" }

// String names the work in messages: "goroutine", "errgroup.Go
// goroutine", "time.AfterFunc callback", "result of pubsub.Publish".
func (s spawned) String() string {
	switch s.Kind {
	case goroutine:
		return s.Func + " goroutine"
	case callback:
		return s.Func + " callback"
	case result:
		return "result of " + s.Func
	}
	return "goroutine"
}

// A finding is a spawn that escapes the function starting it.
type finding struct {
	spawn   *spawn
	escapes []ast.Node // the returns (or closing brace) the work escapes through
	partial bool       // some path joins it
}

func run(pass *analysis.Pass, model, graphs *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	cfgs := pass.ResultOf[graphs].(*flowgraph.Graphs)

	findings := make(map[*funcmodel.Func][]finding)
	for _, f := range m.Funcs {
		if f.Body() == nil {
			continue
		}
		findings[f] = joinedPipelines(cfgs, f, findSpawns(pass, f))
		for _, fd := range findings[f] {
			if g, ok := fd.spawn.node.(*ast.GoStmt); ok {
				fd.spawn.what.Consumer = consumer(pass, m, g)
			}
		}
	}

	// Index the findings by their spawn, the direct cause of the effect.
	bySpawn := make(map[ast.Node]finding)
	for _, fds := range findings {
		for _, fd := range fds {
			bySpawn[fd.spawn.node] = fd
		}
	}
	spec := effects.Spec[spawned]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (spawned, bool) {
			if fd, ok := bySpawn[c.Node()]; ok {
				return fd.spawn.what, true
			}
			return spawned{}, false
		},
		// The caller starts what the callee starts before returning; a
		// goroutine's own spawns are not the caller's.
		Carry: funcmodel.Edge.Synchronous,
	}
	judge := func(f *funcmodel.Func) bool { return f.FunctionCode() || f.ColdStart() }
	for _, s := range effects.Run[spawned](pass, m, spec, judge) {
		switch {
		case s.Func != nil && !s.Func.FunctionCode() && s.Cause.Consumer:
			// A consumer started at cold start: the work is the
			// senders', which are judged where they send.
		case s.Path == nil:
			report(pass, m, s.Func, bySpawn[s.Node], !s.Func.FunctionCode(), s.Platform(m), freezing(m, s))
		case s.Entry != nil:
			pass.Report(analysis.Diagnostic{
				Pos:     s.Node.Pos(),
				End:     s.Node.End(),
				Message: fmt.Sprintf("%s, which starts a %s that outlives the invocation; %s; %s", s.Via(), s.Cause, afterReturn(s.Platform(m), freezing(m, s)), calleeRemedy(s)),
				Related: keptRunning(m, s),
			})
		case s.Func.FunctionCode():
			pass.Report(analysis.Diagnostic{
				Pos:     s.Node.Pos(),
				End:     s.Node.End(),
				Message: fmt.Sprintf("%s %s, which starts a %s that outlives the invocation; %s; %s", s.Func.Name(), s.Via(), s.Cause, afterReturn(s.Platform(m), freezing(m, s)), calleeRemedy(s)),
				Related: append(calleeRelated(pass, s), keptRunning(m, s)...),
			})
		default: // cold start: init, the initializers, a Lambda main
			reportColdCall(pass, m, s)
		}
	}
	return nil
}

// joinedPipelines returns the findings of f's spawns that escape f. A
// goroutine whose channel a joined goroutine consumes (the first stage
// of a pipeline whose last stage the function drains) is joined through
// it, so the spawns are judged again while the set of joined goroutines
// grows.
func joinedPipelines(cfgs *flowgraph.Graphs, f *funcmodel.Func, spawns []*spawn) []finding {
	joined := make(map[*ast.GoStmt]bool)
	escaping := make(map[*spawn]*finding)
	for _, s := range spawns {
		if s.handedOff {
			continue
		}
		s.joinedGo = joined
		fd := escapes(cfgs, f, s)
		if g, ok := s.node.(*ast.GoStmt); ok && fd == nil {
			joined[g] = true
		}
		if fd != nil {
			escaping[s] = fd
		}
	}
	for changed := len(joined) > 0; changed; {
		changed = false
		for s := range escaping {
			g, ok := s.node.(*ast.GoStmt)
			if !ok {
				continue
			}
			if fd := escapes(cfgs, f, s); fd == nil {
				joined[g] = true
				delete(escaping, s)
				changed = true
			} else {
				escaping[s] = fd
			}
		}
	}
	var fds []finding
	for _, s := range spawns {
		if fd := escaping[s]; fd != nil {
			fds = append(fds, *fd)
		}
	}
	return fds
}

// consumer reports whether the goroutine g starts only receives from a
// channel: the body of the function it runs (a literal, or a function
// of the package) is one range loop over a channel, beside defers.
func consumer(pass *analysis.Pass, m *funcmodel.Model, g *ast.GoStmt) bool {
	var body *ast.BlockStmt
	switch fun := ast.Unparen(g.Call.Fun).(type) {
	case *ast.FuncLit:
		body = fun.Body
	default:
		if fn := knowledge.Callee(pass.TypesInfo, g.Call); fn != nil {
			if f := m.Of(fn); f != nil {
				body = f.Body()
			}
		}
	}
	if body == nil {
		return false
	}
	var loop *ast.RangeStmt
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.DeferStmt:
		case *ast.RangeStmt:
			if loop != nil {
				return false
			}
			loop = st
		default:
			return false
		}
	}
	if loop == nil {
		return false
	}
	t := pass.TypesInfo.TypeOf(loop.X)
	if t == nil {
		return false
	}
	_, isChan := t.Underlying().(*types.Chan)
	return isChan && !knowledge.IsTimerChannel(pass.TypesInfo, loop.X)
}

// reportColdCall reports a call in cold-start code of a function of
// another package that starts work it does not wait for: the work
// starts outside any invocation, as a go statement in init would. The
// call is where the fix goes (move it into the function, or make the
// callee wait); the callee's declaration is the other end.
func reportColdCall(pass *analysis.Pass, m *funcmodel.Model, s effects.Site[spawned]) {
	who := s.Func.Name() + " " + s.Via()
	if s.Func.Node == nil { // plural: "the package-level initializers call f"
		who = "the package-level initializers " + strings.Replace(s.Via(), "calls ", "call ", 1)
	}
	where := "runs outside any invocation and gets no CPU between invocations; start it inside the function and wait for it"
	switch {
	case s.Platform(m) == funcmodel.Lambda && freezing(m, s) == funcmodel.KeepsRunning:
		where = "runs outside any invocation: " + coldManaged + "; start it inside the handler and wait for it, unless it is meant to outlive every invocation"
	case s.Platform(m) == funcmodel.Lambda:
		where = "runs outside any invocation: Lambda freezes the execution environment between invocations, so it runs only in pieces, inside later invocations" + unlessManaged(freezing(m, s)) + "; start it inside the handler and wait for it"
	}
	pass.Report(analysis.Diagnostic{
		Pos:     s.Node.Pos(),
		End:     s.Node.End(),
		Message: fmt.Sprintf("%s, which starts a %s at cold start that %s, or make %s wait for it", who, s.Cause, where, s.Path[0]),
		Related: append(calleeRelated(pass, s), keptRunning(m, s)...),
	})
}

// calleeRelated returns the other end of a call site's chain: the
// declaration of the function called, which starts the work or calls
// what does.
func calleeRelated(pass *analysis.Pass, s effects.Site[spawned]) []analysis.RelatedInformation {
	call, ok := s.Node.(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn == nil || !code.DeclLine(pass.Fset, fn).IsValid() {
		return nil
	}
	msg := s.Path[0] + " starts the " + s.Cause.String()
	if len(s.Path) > 1 {
		msg = s.Path[0] + " " + effects.Explain(s.Path[1:]) + ", which starts the " + s.Cause.String()
	}
	return []analysis.RelatedInformation{{Pos: code.DeclLine(pass.Fset, fn), Message: msg}}
}

// afterReturn says what becomes of work after the handler returns, on
// the platforms, deployed with freezing fr (docs/platform.md, "CPU only
// during an invocation" and "AWS Lambda").
func afterReturn(p funcmodel.Platform, fr funcmodel.Freezing) string {
	const lambda = "Lambda freezes the execution environment when the handler returns, so the work resumes, if at all, in a later invocation"
	switch {
	case fr == funcmodel.KeepsRunning && p == funcmodel.Lambda:
		return managedRuns
	case p == funcmodel.Lambda:
		return lambda + unlessManaged(fr)
	case p == funcmodel.Lambda|funcmodel.CloudRun:
		return "the instance gets no CPU after the function returns, and " + lambda + unlessManaged(fr)
	}
	return "the instance gets no CPU after the function returns"
}

// unlessManaged qualifies the words for a frozen Lambda execution
// environment when the deployment is not known to freeze it: Lambda
// Managed Instances, which the deployment files may configure or no
// file read may say, are not frozen (docs/platform.md, "AWS Lambda").
func unlessManaged(fr funcmodel.Freezing) string {
	if fr == funcmodel.Frozen {
		return ""
	}
	return " (on Lambda Managed Instances, which are not frozen, it keeps running beside later invocations instead)"
}

// coldManaged says what becomes of work started at cold start on Lambda
// Managed Instances.
const coldManaged = "Lambda Managed Instances, as deployed, do not freeze the execution environment, so it keeps running beside the invocations in the same process, and nothing waits for it when the environment shuts down"

// keptRunning returns the deployments that keep the work of a site
// running (the other end of the words that say so), or nil.
func keptRunning(m *funcmodel.Model, s effects.Site[spawned]) []analysis.RelatedInformation {
	if freezing(m, s) != funcmodel.KeepsRunning {
		return nil
	}
	if s.Entry != nil {
		return m.DeployedRelated([]*funcmodel.Entry{s.Entry}, true)
	}
	return m.DeployedRelated(m.EntriesOf(s.Func), true)
}

// freezing returns what the deployments of the entry points a site comes
// from do with work left running (cold-start code: the package's).
func freezing(m *funcmodel.Model, s effects.Site[spawned]) funcmodel.Freezing {
	if s.Entry != nil {
		return funcmodel.DeployedFreezing([]*funcmodel.Entry{s.Entry})
	}
	return funcmodel.DeployedFreezing(m.EntriesOf(s.Func))
}

// managedRuns says what becomes of work after the handler returns on
// Lambda Managed Instances, which AWS documents as not frozen after a
// response and not stopped by the function's timeout.
const managedRuns = "Lambda Managed Instances, as deployed, do not freeze the execution environment, so the work keeps running after the response, beside later invocations in the same process, and the function's timeout does not stop it"

// report reports one finding.
func report(pass *analysis.Pass, m *funcmodel.Model, f *funcmodel.Func, fd finding, cold bool, platforms funcmodel.Platform, fr funcmodel.Freezing) {
	s := fd.spawn
	d := analysis.Diagnostic{Pos: s.node.Pos(), End: s.node.End()}
	switch {
	case cold && platforms == funcmodel.Lambda && fr == funcmodel.KeepsRunning:
		d.Message = fmt.Sprintf("%s started at cold start in %s runs outside any invocation: %s; start it inside the handler and wait for it, unless it is meant to outlive every invocation", s.what, f.Name(), coldManaged)
	case cold && platforms == funcmodel.Lambda:
		d.Message = fmt.Sprintf("%s started at cold start in %s runs outside any invocation: Lambda freezes the execution environment between invocations, so it runs only in pieces, inside later invocations%s; start it inside the handler and wait for it", s.what, f.Name(), unlessManaged(fr))
	case cold:
		d.Message = fmt.Sprintf("%s started at cold start in %s runs outside any invocation and gets no CPU between invocations; start it inside the function and wait for it", s.what, f.Name())
	case fd.partial:
		ret, through := fd.escapes[0], "the return"
		if flowgraph.IsClosingBrace(ret) {
			through = "the end of the function"
		}
		d.Message = fmt.Sprintf("%s outlives the invocation on the path through %s at line %d of %s: wait for it before every return", s.what, through, pass.Fset.Position(ret.Pos()).Line, f.Name())
		for _, r := range fd.escapes {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: r.Pos(), End: r.End(), Message: "returns without waiting"})
		}
	default:
		d.Message = fmt.Sprintf("%s outlives the invocation: %s returns without waiting for it, and %s; %s", s.what, f.Name(), afterReturn(platforms, fr), remedy(s))
	}
	if fr == funcmodel.KeepsRunning {
		d.Related = append(d.Related, m.DeployedRelated(m.EntriesOf(f), true)...)
	}
	pass.Report(d)
}

// calleeRemedy says what to do about a call whose callee (the first of
// the path) starts work it does not wait for.
func calleeRemedy(s effects.Site[spawned]) string {
	callee := s.Path[0]
	switch s.Cause.Kind {
	case callback:
		return "make " + callee + " stop it before returning, or do the work inline"
	case result:
		return "make " + callee + " call Get on the result before returning, or return the result for the caller to wait on"
	}
	return "make " + callee + " wait for it before returning, or return a way to wait for it"
}

// remedy says how to join a spawn.
func remedy(s *spawn) string {
	switch s.what.Kind {
	case callback:
		return "stop it before returning, or do the work inline"
	case result:
		return "call Get on the result before returning"
	case goStmt:
		return "wait for it with a sync.WaitGroup or errgroup"
	}
	return "call Wait before returning"
}
