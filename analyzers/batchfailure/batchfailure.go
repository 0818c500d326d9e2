package batchfailure

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports batch handlers that fail whole batches or drop
// failed records.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return suppress.Check("batchfailure", doc, []*analysis.Analyzer{model},
		func(pass *analysis.Pass) error { return run(pass, model) })
}

// A handler is a Lambda entry point that receives a batch event.
type handler struct {
	f        *funcmodel.Func
	event    *types.Var // the event parameter
	batch    knowledge.BatchEvent
	typeName string // the event type's name: "SQSEvent"
	// responds reports whether the handler returns a batch response
	// type (events.SQSEventResponse, or a pointer to one).
	responds bool
}

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	seen := make(map[*funcmodel.Func]bool)
	for _, e := range m.Entries {
		if e.Kind != knowledge.Lambda || e.Func == nil || seen[e.Func] {
			continue
		}
		seen[e.Func] = true
		if h, ok := batchHandler(pass, e.Func); ok {
			check(pass, h)
		}
	}
	return nil
}

// batchHandler returns f as a batch handler: its parameters (ctx
// first, or alone) include an SQS, Kinesis or DynamoDB event, and its
// last result is an error.
func batchHandler(pass *analysis.Pass, f *funcmodel.Func) (handler, bool) {
	sig := f.Signature(pass.TypesInfo)
	if sig == nil || sig.Results().Len() == 0 || !isError(sig.Results().At(sig.Results().Len()-1).Type()) {
		return handler{}, false
	}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		for name, batch := range knowledge.BatchEvents {
			if knowledge.IsNamed(p.Type(), knowledge.LambdaEvents, name) {
				h := handler{f: f, event: p, batch: batch, typeName: name}
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

// check reports, in the loops of h over its event's records, the
// returns of a non-nil error and, when h returns a batch response, the
// errors that are only logged.
func check(pass *analysis.Pass, h handler) {
	h.f.Walk(func(c inspector.Cursor) bool {
		switch n := c.Node().(type) {
		case *ast.ReturnStmt:
			if len(n.Results) == 0 || !inRecordLoop(pass, h, c) {
				return true
			}
			errExpr := n.Results[len(n.Results)-1]
			if !nonNil(pass, c, errExpr) {
				return true
			}
			pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: returnMessage(h)})
		case *ast.IfStmt:
			if !h.responds || !inRecordLoop(pass, h, c) {
				return true
			}
			if v := nilChecked(pass, n.Cond); v != nil && n.Else == nil && onlyLogs(pass, n.Body) {
				pass.Report(analysis.Diagnostic{Pos: n.Cond.Pos(), End: n.Cond.End(), Message: fmt.Sprintf(
					"the error of this record is logged and dropped: without the record in BatchItemFailures, Lambda counts it as processed and never delivers it again; add events.%sBatchItemFailure{ItemIdentifier: <record>.%s} to the response's BatchItemFailures",
					batchFailurePrefix(h.typeName), h.batch.ID)})
			}
		}
		return true
	})
}

// returnMessage is the message for an error returned from the loop.
func returnMessage(h handler) string {
	what := h.batch.Records
	if h.responds {
		return fmt.Sprintf("returning an error from inside the loop over the %s fails the whole batch, even with ReportBatchItemFailures: Lambda delivers every record again, those already processed included; add the record to BatchItemFailures and go on with the next one instead", what)
	}
	return fmt.Sprintf("returning an error from inside the loop over the %s fails the whole batch: Lambda delivers every record again, those already processed included; return events.%s{BatchItemFailures: ...} listing the failed records instead, with ReportBatchItemFailures enabled on the event source mapping", what, h.batch.Response)
}

// batchFailurePrefix returns the prefix of the failure type of an event
// type: "SQS" for SQSEvent.
func batchFailurePrefix(event string) string { return event[:len(event)-len("Event")] }

// inRecordLoop reports whether the node at c lies in the body of a range
// loop over h's event's Records, within h's own code.
func inRecordLoop(pass *analysis.Pass, h handler, c inspector.Cursor) bool {
	for p := c.Parent(); p.Node() != nil; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.RangeStmt:
			if n.Body != nil && n.Body.Pos() <= c.Node().Pos() && c.Node().End() <= n.Body.End() && rangesRecords(pass, h, n.X) {
				return true
			}
		}
	}
	return false
}

// rangesRecords reports whether x is ev.Records for h's event parameter
// ev (or *ev, or (ev)).
func rangesRecords(pass *analysis.Pass, h handler, x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Records" {
		return false
	}
	if s, ok := pass.TypesInfo.Selections[sel]; !ok || s.Kind() != types.FieldVal {
		return false
	}
	base := ast.Unparen(sel.X)
	if star, ok := base.(*ast.StarExpr); ok {
		base = ast.Unparen(star.X)
	}
	id, ok := base.(*ast.Ident)
	return ok && pass.TypesInfo.Uses[id] == h.event
}

// nonNil reports whether e, the error result of a return at c, is
// surely non-nil: errors.New or fmt.Errorf, a composite literal or its
// address, or a variable that an enclosing if of the same body has just
// checked to be non-nil (if err != nil { return err }).
func nonNil(pass *analysis.Pass, c inspector.Cursor, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		switch knowledge.CalleeKey(pass.TypesInfo, e) {
		case "errors.New", "fmt.Errorf":
			return true
		}
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
	if !ok || !isError(v.Type()) {
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

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
