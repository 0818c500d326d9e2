package batchfailure

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports batch handlers that fail whole batches or drop
// failed records.
var Analyzer = New(funcmodel.Analyzer, flowgraph.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model, graphs *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:     "batchfailure",
		Doc:      doc,
		Requires: []*analysis.Analyzer{model, graphs},
		Run:      func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model, graphs) },
	})
}

// A handler is a Lambda entry point that receives a batch event.
type handler struct {
	f     *funcmodel.Func
	event *types.Var // the event parameter
	batch knowledge.BatchEvent
	// responds reports whether the handler returns a batch response
	// type (events.SQSEventResponse, or a pointer to one).
	responds bool
}

// A scope is a body that loops over a handler's records: the handler
// itself, or a helper of the package that the handler gives its event or
// its records and whose error it returns.
type scope struct {
	f *funcmodel.Func
	h handler
	// event is the parameter holding the event (ev.Records are the
	// records), records the one holding the records themselves; either
	// may be nil.
	event, records *types.Var
	via            string // "" for the handler, else the helper's name
	graph          *cfg.CFG
}

func run(pass *analysis.Pass, model, graphs *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	g := pass.ResultOf[graphs].(*flowgraph.Graphs)
	seen := make(map[*funcmodel.Func]bool)
	reported := make(map[ast.Node]bool)
	for _, e := range m.Entries {
		if e.Kind != knowledge.Lambda || e.Func == nil || seen[e.Func] {
			continue
		}
		seen[e.Func] = true
		h, ok := batchHandler(pass, e.Func)
		if !ok {
			continue
		}
		hs := scope{f: e.Func, h: h, event: h.event, graph: g.Of(e.Func)}
		check(pass, m, hs, reported)
		for _, helper := range helpers(pass, m, hs) {
			helper.graph = g.Of(helper.f)
			check(pass, m, helper, reported)
		}
	}
	return nil
}

// helpers returns the functions of the package that handler scope hs
// calls with its event or its records and whose error result it
// returns: their loops over the records fail the batch as the
// handler's own would.
func helpers(pass *analysis.Pass, m *funcmodel.Model, hs scope) []scope {
	info := pass.TypesInfo
	var out []scope
	hs.f.Inspect(func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee := knowledge.Callee(info, call)
		if callee == nil || m.Of(callee) == nil || m.Of(callee) == hs.f {
			return true
		}
		sig := callee.Signature()
		if sig.Results().Len() == 0 || !knowledge.IsError(sig.Results().At(sig.Results().Len()-1).Type()) || !returnsResult(pass, hs.f, call) {
			return true
		}
		for i, arg := range call.Args {
			if i >= sig.Params().Len() {
				break
			}
			p := sig.Params().At(i)
			helper := scope{f: m.Of(callee), h: hs.h, via: callee.Name()}
			switch {
			case isEvent(info, hs, arg):
				helper.event = p
			case isRecordsIn(info, m, hs, arg):
				helper.records = p
			default:
				continue
			}
			out = append(out, helper)
		}
		return true
	})
	return out
}

// returnsResult reports whether f returns the error result of call:
// return call(...), or err := call(...) (err = ...) and a return of err
// or of an error wrapping it (fmt.Errorf("...: %w", err)).
func returnsResult(pass *analysis.Pass, f *funcmodel.Func, call *ast.CallExpr) bool {
	var errVar *types.Var
	found := false
	f.InspectParents(func(n, parent ast.Node) bool {
		if n != call {
			return true
		}
		switch p := parent.(type) {
		case *ast.ReturnStmt:
			found = true
		case *ast.AssignStmt:
			if len(p.Rhs) == 1 && len(p.Lhs) > 0 {
				if id, ok := ast.Unparen(p.Lhs[len(p.Lhs)-1]).(*ast.Ident); ok {
					errVar, _ = pass.TypesInfo.ObjectOf(id).(*types.Var)
				}
			}
		}
		return false
	})
	if found || errVar == nil {
		return found
	}
	f.Inspect(func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) == 0 {
			return !found
		}
		found = found || code.Mentions(pass.TypesInfo, ret.Results[len(ret.Results)-1], errVar)
		return !found
	})
	return found
}

// isEvent reports whether x is the event of scope s (ev, *ev, &ev).
func isEvent(info *types.Info, s scope, x ast.Expr) bool {
	x = ast.Unparen(x)
	switch e := x.(type) {
	case *ast.StarExpr:
		x = ast.Unparen(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			x = ast.Unparen(e.X)
		}
	}
	id, ok := x.(*ast.Ident)
	return ok && s.event != nil && info.Uses[id] == s.event
}

// isRecordsIn reports whether x denotes the records of scope s: ev.Records
// for its event ev, its records parameter, or a variable given one of
// those once in the package of model m (records := ev.Records).
func isRecordsIn(info *types.Info, m *funcmodel.Model, s scope, x ast.Expr) bool {
	for range 4 {
		x = ast.Unparen(x)
		if sel, ok := x.(*ast.SelectorExpr); ok && sel.Sel.Name == "Records" {
			if sl, ok := info.Selections[sel]; ok && sl.Kind() == types.FieldVal && isEvent(info, s, sel.X) {
				return true
			}
		}
		id, ok := x.(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return false
		}
		if v == s.records && v != nil {
			return true
		}
		if m == nil || m.ValueOf(v) == nil {
			return false
		}
		x = m.ValueOf(v)
	}
	return false
}

// batchHandler returns f as a batch handler: its parameters (ctx
// first, or alone) include an SQS, Kinesis or DynamoDB event, and its
// last result is an error.
func batchHandler(pass *analysis.Pass, f *funcmodel.Func) (handler, bool) {
	sig := f.Signature(pass.TypesInfo)
	if sig == nil || sig.Results().Len() == 0 || !knowledge.IsError(sig.Results().At(sig.Results().Len()-1).Type()) {
		return handler{}, false
	}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		for name, batch := range knowledge.BatchEvents {
			if knowledge.IsNamed(p.Type(), knowledge.LambdaEvents, name) {
				h := handler{f: f, event: p, batch: batch}
				if sig.Results().Len() == 2 {
					for resp := range knowledge.BatchResponses {
						h.responds = h.responds || knowledge.IsNamed(sig.Results().At(0).Type(), knowledge.LambdaEvents, resp)
					}
				}
				return h, true
			}
		}
	}
	return handler{}, false
}

// check reports, in the loops of scope s over the handler's records,
// the returns of a non-nil error, the returns after such a loop of an
// error variable that a record's failure set in it, and, when the
// handler returns a batch response, the errors that are only logged.
func check(pass *analysis.Pass, m *funcmodel.Model, s scope, reported map[ast.Node]bool) {
	h := s.h
	report := func(n ast.Node, msg string) {
		if !reported[n] {
			reported[n] = true
			pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg})
		}
	}
	s.f.Walk(func(c inspector.Cursor) bool {
		switch n := c.Node().(type) {
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				return true
			}
			errExpr := n.Results[len(n.Results)-1]
			if inRecordLoop(pass, m, s, c) {
				if nonNil(pass, c, errExpr) {
					report(n, returnMessage(s))
				}
			} else if loop := setInRecordLoop(pass, m, s, errExpr); loop != nil && loop.End() <= n.Pos() && !assignedAfter(pass, s.f, errExpr, loop.End(), n.Pos()) {
				report(n, afterLoopMessage(pass, s))
			}
		case *ast.IfStmt:
			if !h.responds || s.via != "" || !inRecordLoop(pass, m, s, c) {
				return true
			}
			if v := nilChecked(pass, n.Cond); v != nil && n.Else == nil && onlyLogs(pass, n.Body) {
				pass.Report(analysis.Diagnostic{Pos: n.Cond.Pos(), End: n.Cond.End(), Message: fmt.Sprintf(
					"the error of this record is logged and dropped: without the record in BatchItemFailures, Lambda counts it as processed and never delivers it again; add events.%s{ItemIdentifier: <record>.%s} to the response's BatchItemFailures",
					h.batch.Failure, h.batch.ID)})
			}
		}
		return true
	})
}

// setInRecordLoop returns the loop over the records of scope s in which
// e, an error variable declared outside it, is given a record's failure
// (lastErr = err in an if err != nil, or an error made there), or nil.
func setInRecordLoop(pass *analysis.Pass, m *funcmodel.Model, s scope, e ast.Expr) *ast.RangeStmt {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !knowledge.IsError(v.Type()) {
		return nil
	}
	var loop *ast.RangeStmt
	s.f.Walk(func(c inspector.Cursor) bool {
		as, ok := c.Node().(*ast.AssignStmt)
		if !ok || loop != nil || as.Tok != token.ASSIGN {
			return loop == nil
		}
		for i, l := range as.Lhs {
			lid, ok := ast.Unparen(l).(*ast.Ident)
			if !ok || pass.TypesInfo.Uses[lid] != v {
				continue
			}
			r := recordLoop(pass, m, s, c)
			if r == nil || v.Pos() >= r.Pos() {
				continue
			}
			switch {
			case len(as.Lhs) == len(as.Rhs) && nonNil(pass, c, as.Rhs[i]):
				loop = r // lastErr = err in an if err != nil
			case i == len(as.Lhs)-1 && keptOnFailure(pass, s.graph, c, as, v):
				loop = r // err = process(record), checked and kept
			}
		}
		return loop == nil
	})
	return loop
}

// keptOnFailure reports whether the assignment as at c gives v the error
// result of a call (err = process(record), or x, err = ...), and the if
// that checks it next (if err = ...; err != nil, or the statement that
// follows) goes on with v non-nil: its body does not clear v, and some
// path through it reaches the statement after the if (in flowgraph's
// graph of the function, where a return or a call that never returns
// ends the path), so a record's failure stays in v past the loop.
func keptOnFailure(pass *analysis.Pass, g *cfg.CFG, c inspector.Cursor, as *ast.AssignStmt, v *types.Var) bool {
	if len(as.Rhs) != 1 || g == nil {
		return false
	}
	if _, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !ok {
		return false
	}
	var check *ast.IfStmt
	switch p := c.Parent().Node().(type) {
	case *ast.IfStmt:
		if p.Init == as {
			check = p
		}
	case *ast.BlockStmt:
		if i := slices.Index(p.List, ast.Stmt(as)); i >= 0 && i+1 < len(p.List) {
			check, _ = p.List[i+1].(*ast.IfStmt)
		}
	}
	if check == nil || nilChecked(pass, check.Cond) != v || len(check.Body.List) == 0 {
		return false
	}
	return !assigns(pass, check.Body, v) && goesOn(g, check)
}

// assigns reports whether n assigns the variable v.
func assigns(pass *analysis.Pass, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if as, ok := x.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && pass.TypesInfo.ObjectOf(id) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// goesOn reports whether, in g, a path from the then branch of check
// reaches the block after it; false when g does not show the if.
func goesOn(g *cfg.CFG, check *ast.IfStmt) bool {
	var then, done *cfg.Block
	for _, b := range g.Blocks {
		if b.Stmt == check {
			switch b.Kind {
			case cfg.KindIfThen:
				then = b
			case cfg.KindIfDone:
				done = b
			}
		}
	}
	if then == nil || done == nil {
		return false
	}
	seen := map[*cfg.Block]bool{then: true}
	for queue := []*cfg.Block{then}; len(queue) > 0; queue = queue[1:] {
		for _, next := range queue[0].Succs {
			if next == done {
				return true
			}
			if !seen[next] {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	return false
}

// assignedAfter reports whether the error variable e is assigned in f
// between from and to, after its loop and before its return (err =
// flush(ctx); return err): the record's failure is no longer what is
// returned.
func assignedAfter(pass *analysis.Pass, f *funcmodel.Func, e ast.Expr, from, to token.Pos) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := pass.TypesInfo.Uses[id].(*types.Var)
	found := false
	f.Inspect(func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && from <= as.Pos() && as.End() <= to && assigns(pass, as, v) {
			found = true
		}
		return !found
	})
	return found
}

// afterLoopMessage is the message for a record's error returned after
// the loop.
func afterLoopMessage(pass *analysis.Pass, s scope) string {
	fix := remedy(s.h)
	if listsFailures(pass, s) {
		fix = "return a nil error with the response, which lists the failed records already (with ReportBatchItemFailures enabled on the event source mapping)"
	}
	return fmt.Sprintf("returning the error of a record after the loop over the %s%s fails the whole batch: Lambda delivers every record again, those already processed included; %s", s.h.batch.Records, via(s), fix)
}

// listsFailures reports whether the body of scope s builds the list of
// failed records: an events batch item failure, or the keys of the
// response's JSON form (knowledge.BatchResponseKeys) in a handler that
// returns a map.
func listsFailures(pass *analysis.Pass, s scope) bool {
	found := false
	s.f.Inspect(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if t := pass.TypesInfo.TypeOf(n); t != nil {
				for _, b := range knowledge.BatchEvents {
					found = found || knowledge.IsNamed(t, knowledge.LambdaEvents, b.Failure)
				}
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				v, err := strconv.Unquote(n.Value)
				found = found || err == nil && slices.Contains(knowledge.BatchResponseKeys, v)
			}
		}
		return !found
	})
	return found
}

// via names the handler of a helper's records: " (of handler, through
// process)".
func via(s scope) string {
	if s.via == "" {
		return ""
	}
	return fmt.Sprintf(" that %s gives %s", s.h.f.Name(), s.via)
}

// remedy says what to do instead of failing the batch.
func remedy(h handler) string {
	if h.responds {
		return "add the failed records to BatchItemFailures instead"
	}
	return fmt.Sprintf("return events.%s{BatchItemFailures: ...} listing the failed records instead, with ReportBatchItemFailures enabled on the event source mapping", h.batch.Response)
}

// returnMessage is the message for an error returned from the loop.
func returnMessage(s scope) string {
	h := s.h
	what := h.batch.Records + via(s)
	if h.responds {
		return fmt.Sprintf("returning an error from inside the loop over the %s fails the whole batch, even with ReportBatchItemFailures: Lambda delivers every record again, those already processed included; add the record to BatchItemFailures and go on with the next one instead", what)
	}
	return fmt.Sprintf("returning an error from inside the loop over the %s fails the whole batch: Lambda delivers every record again, those already processed included; return events.%s{BatchItemFailures: ...} listing the failed records instead, with ReportBatchItemFailures enabled on the event source mapping", what, h.batch.Response)
}

// inRecordLoop reports whether the node at c lies in the body of a range
// loop over the records of scope s, within the scope's own code.
func inRecordLoop(pass *analysis.Pass, m *funcmodel.Model, s scope, c inspector.Cursor) bool {
	return recordLoop(pass, m, s, c) != nil
}

// recordLoop returns the innermost range loop over the records of scope
// s whose body holds the node at c, within the scope's own code, or nil.
func recordLoop(pass *analysis.Pass, m *funcmodel.Model, s scope, c inspector.Cursor) *ast.RangeStmt {
	for p := c.Parent(); p.Node() != nil; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil
		case *ast.RangeStmt:
			if n.Body != nil && n.Body.Pos() <= c.Node().Pos() && c.Node().End() <= n.Body.End() && isRecordsIn(pass.TypesInfo, m, s, n.X) {
				return n
			}
		}
	}
	return nil
}

// nonNil reports whether e, the error result of a return at c, is
// surely non-nil: errors.New or fmt.Errorf, a composite literal or its
// address, or a variable that an enclosing if of the same body has just
// checked to be non-nil (if err != nil { return err }).
func nonNil(pass *analysis.Pass, c inspector.Cursor, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return knowledge.NewError(knowledge.Callee(pass.TypesInfo, e))
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(e.X).(*ast.CompositeLit)
		return e.Op == token.AND && lit
	case *ast.Ident:
		v, ok := pass.TypesInfo.Uses[e].(*types.Var)
		if !ok {
			return false
		}
		for p := c.Parent(); p.Node() != nil; p = p.Parent() {
			switch n := p.Node().(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				return false
			case *ast.IfStmt:
				if nilChecked(pass, n.Cond) == v && within(c.Node(), n.Body) && !assignedBetween(pass, v, n.Body, c.Node()) {
					return true
				}
			}
		}
	}
	return false
}

// nilChecked returns the error variable that cond checks to be non-nil
// (err != nil, nil != err), or nil.
func nilChecked(pass *analysis.Pass, cond ast.Expr) *types.Var {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return nil
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if isNil(pass, x) {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || !isNil(pass, y) {
		return nil
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !knowledge.IsError(v.Type()) {
		return nil
	}
	return v
}

// assignedBetween reports whether v is assigned in block before node.
func assignedBetween(pass *analysis.Pass, v *types.Var, block *ast.BlockStmt, node ast.Node) bool {
	found := false
	ast.Inspect(block, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Pos() < node.Pos() {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && pass.TypesInfo.ObjectOf(id) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// onlyLogs reports whether every statement of block logs (a call of
// knowledge.LogCalls) or continues the loop: the error is dropped.
func onlyLogs(pass *analysis.Pass, block *ast.BlockStmt) bool {
	logged := false
	for _, s := range block.List {
		switch s := s.(type) {
		case *ast.ExprStmt:
			call, ok := ast.Unparen(s.X).(*ast.CallExpr)
			if !ok || !knowledge.LogCalls[knowledge.CalleeKey(pass.TypesInfo, call)] {
				return false
			}
			logged = true
		case *ast.BranchStmt:
			if s.Tok != token.CONTINUE || s.Label != nil {
				return false
			}
		default:
			return false
		}
	}
	return logged
}

func within(n ast.Node, block *ast.BlockStmt) bool {
	return block.Pos() <= n.Pos() && n.End() <= block.End()
}

func isNil(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}
