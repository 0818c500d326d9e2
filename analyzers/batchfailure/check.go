package batchfailure

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A checker judges the scopes of a package's batch handlers.
type checker struct {
	pass     *analysis.Pass
	m        *funcmodel.Model
	recs     *records
	reported map[ast.Node]bool
}

// check reports, in the loops of scope s over a batch's records, the
// returns of a non-nil error, the returns after such a loop of an error
// variable that a record's failure set in it, and, in a handler that
// returns a batch response, the errors that are only logged; in one
// that returns only an error, those only logged before skipping to the
// next record (see skippedMessage). Each
// finding is where the fix goes, with the handler's registration as
// the other end.
func (c *checker) check(s scope) {
	pass := c.pass
	report := func(n ast.Node, msg string) { c.report(s, n, msg) }
	s.f.Walk(func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				return true
			}
			errExpr := n.Results[len(n.Results)-1]
			if _, b, ok := c.recordLoop(s, cur); ok {
				if c.nonNil(s.f, cur, errExpr) {
					report(n, returnMessage(s, b))
				}
			} else if loop, b := c.setInRecordLoop(s, errExpr); loop != nil && loop.End() <= n.Pos() && !assignedAfter(pass, s.f, errExpr, loop.End(), n.Pos()) {
				report(n, c.afterLoopMessage(s, b))
			} else if loop, b, errs := c.joinedInRecordLoop(s, errExpr); loop != nil && loop.End() <= n.Pos() && !assignedAfter(pass, s.f, errs, loop.End(), n.Pos()) {
				report(n, c.afterLoopMessage(s, b))
			}
		case *ast.IfStmt:
			if s.via != "" {
				return true
			}
			_, b, ok := c.recordLoop(s, cur)
			if !ok {
				return true
			}
			v := nilChecked(pass, n.Cond)
			if v == nil || n.Else != nil || !onlyLogs(pass, n.Body) {
				return true
			}
			switch {
			case s.h.responds:
				report(n.Cond, fmt.Sprintf(
					"the error of this record is logged and dropped: without the record in BatchItemFailures, Lambda counts it as processed and never delivers it again; add events.%s{ItemIdentifier: <record>.%s} to the response's BatchItemFailures",
					b.Failure, b.ID))
			case skips(n.Body) && !c.failsOnInput(cur, n, v):
				report(n.Cond, skippedMessage(s.h, b))
			}
		}
		return true
	})
}

// report reports msg at n, once, with the registration of the scope's
// handler as the related position.
func (c *checker) report(s scope, n ast.Node, msg string) {
	if c.reported[n] {
		return
	}
	c.reported[n] = true
	d := analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg}
	if e := s.h.entry; e.Pos.IsValid() {
		end := token.NoPos
		if e.Arg != nil {
			end = e.Arg.End()
		}
		d.Related = []analysis.RelatedInformation{{Pos: e.Pos, End: end, Message: fmt.Sprintf("registered here: %s returns this error as the failure of its batch", s.h.f.Name())}}
	}
	c.pass.Report(d)
}

// setInRecordLoop returns the loop over a batch's records in scope s in
// which e, an error variable declared outside it, is given a record's
// failure (lastErr = err in an if err != nil, or an error made there),
// and the batch, or nil.
func (c *checker) setInRecordLoop(s scope, e ast.Expr) (*ast.RangeStmt, batch) {
	pass := c.pass
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, batch{}
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !knowledge.IsError(v.Type()) {
		return nil, batch{}
	}
	var loop *ast.RangeStmt
	var kind batch
	s.f.Walk(func(cur inspector.Cursor) bool {
		as, ok := cur.Node().(*ast.AssignStmt)
		if !ok || loop != nil || as.Tok != token.ASSIGN {
			return loop == nil
		}
		for i, l := range as.Lhs {
			lid, ok := ast.Unparen(l).(*ast.Ident)
			if !ok || pass.TypesInfo.Uses[lid] != v {
				continue
			}
			r, b, ok := c.recordLoop(s, cur)
			if !ok || v.Pos() >= r.Pos() {
				continue
			}
			switch {
			case len(as.Lhs) == len(as.Rhs) && c.nonNil(s.f, cur, as.Rhs[i]):
				loop, kind = r, b // lastErr = err in an if err != nil
			case i == len(as.Lhs)-1 && keptOnFailure(pass, s.graph, cur, as, v):
				loop, kind = r, b // err = process(record), checked and kept
			}
		}
		return loop == nil
	})
	return loop, kind
}

// joinedInRecordLoop returns, when e is errors.Join(errs...) of a
// slice errs declared before a loop over a batch's records that
// appends a record's failure to it (errs = append(errs, err) in an if
// err != nil), the loop, its batch and errs: the join is non-nil when a
// record failed.
func (c *checker) joinedInRecordLoop(s scope, e ast.Expr) (*ast.RangeStmt, batch, ast.Expr) {
	info := c.pass.TypesInfo
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !call.Ellipsis.IsValid() {
		return nil, batch{}, nil
	}
	if fn := knowledge.Callee(info, call); fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "Join" {
		return nil, batch{}, nil
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok {
		return nil, batch{}, nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return nil, batch{}, nil
	}
	var loop *ast.RangeStmt
	var kind batch
	s.f.Walk(func(cur inspector.Cursor) bool {
		as, ok := cur.Node().(*ast.AssignStmt)
		if !ok || loop != nil || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return loop == nil
		}
		lid, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
		app, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok || !isCall || info.Uses[lid] != v || len(app.Args) < 2 {
			return true
		}
		if fun, ok := ast.Unparen(app.Fun).(*ast.Ident); !ok || info.Uses[fun] != types.Universe.Lookup("append") {
			return true
		}
		r, b, ok := c.recordLoop(s, cur)
		if !ok || v.Pos() >= r.Pos() {
			return true
		}
		for _, a := range app.Args[1:] {
			if c.nonNil(s.f, cur, a) {
				loop, kind = r, b
			}
		}
		return loop == nil
	})
	return loop, kind, id
}

// recordLoop returns the innermost range loop over a batch's records
// whose body holds the node at cur, within the scope's own code, and
// the batch.
func (c *checker) recordLoop(s scope, cur inspector.Cursor) (*ast.RangeStmt, batch, bool) {
	for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil, batch{}, false
		case *ast.RangeStmt:
			if n.Body != nil && n.Body.Pos() <= cur.Node().Pos() && cur.Node().End() <= n.Body.End() {
				if b, ok := c.recs.of(s.f, n.X); ok {
					return n, b, true
				}
			}
		}
	}
	return nil, batch{}, false
}

// onlyLogs reports whether every statement of block logs (a call of
// knowledge.IsLogCall) or continues the loop: the error is dropped.
func onlyLogs(pass *analysis.Pass, block *ast.BlockStmt) bool {
	logged := false
	for _, s := range block.List {
		switch s := s.(type) {
		case *ast.ExprStmt:
			call, ok := ast.Unparen(s.X).(*ast.CallExpr)
			if !ok || !knowledge.IsLogCall(knowledge.Callee(pass.TypesInfo, call)) {
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

// afterLoopMessage is the message for a record's error returned after
// the loop.
func (c *checker) afterLoopMessage(s scope, b batch) string {
	fix := remedy(s.h, b)
	if listsFailures(c.pass, s) {
		fix = "return a nil error with the response, which lists the failed records already (with ReportBatchItemFailures enabled on the event source mapping)"
	}
	return fmt.Sprintf("returning the error of a record after the loop over the %s%s fails the whole batch: %s; %s", b.Records, via(s), retried(b), fix)
}

// via names the scope's function and its handler: " in process, whose
// error handler returns".
func via(s scope) string {
	if s.via == "" {
		return ""
	}
	return fmt.Sprintf(" in %s, whose error %s returns,", s.via, s.h.f.Name())
}

// retried says what happens to a batch that fails.
func retried(b batch) string {
	if b.Retried != "" {
		return b.Retried
	}
	return "Lambda delivers every record again, those already processed included"
}

// remedy says what to do instead of failing the batch.
func remedy(h handler, b batch) string {
	if b.Remedy != "" {
		return b.Remedy
	}
	if h.responds {
		return "add the failed records to BatchItemFailures instead"
	}
	return fmt.Sprintf("return events.%s{BatchItemFailures: ...} listing the failed records instead, with ReportBatchItemFailures enabled on the event source mapping", b.Response)
}

// returnMessage is the message for an error returned from the loop.
func returnMessage(s scope, b batch) string {
	what := b.Records + via(s)
	if s.h.responds && b.Remedy == "" {
		return fmt.Sprintf("returning an error from inside the loop over the %s fails the whole batch, even with ReportBatchItemFailures: Lambda delivers every record again, those already processed included; add the record to BatchItemFailures and go on with the next one instead", what)
	}
	return fmt.Sprintf("returning an error from inside the loop over the %s fails the whole batch: %s; %s", what, retried(b), remedy(s.h, b))
}
