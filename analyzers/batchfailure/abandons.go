package batchfailure

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// abandons reports, in handler h, which returns nothing, a bare return
// inside its loop over a batch's records that ends the body of an if
// err != nil whose other statements only log: the invocation succeeds,
// so Lambda counts the failed record and every one after it as
// processed.
func (c *checker) abandons(h handler) {
	s := scope{f: h.f, h: h}
	s.f.Walk(func(cur inspector.Cursor) bool {
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 0 {
			return true
		}
		_, b, ok := c.recordLoop(s, cur)
		if !ok {
			return true
		}
		block, ok := cur.Parent().Node().(*ast.BlockStmt)
		if !ok || len(block.List) == 0 || block.List[len(block.List)-1] != ret {
			return true
		}
		check, ok := cur.Parent().Parent().Node().(*ast.IfStmt)
		if !ok || check.Body != block || nilChecked(c.pass, check.Cond) == nil || !logs(c.pass, block.List[:len(block.List)-1]) {
			return true
		}
		fix := b.Remedy
		if b.Failure != "" {
			fix = fmt.Sprintf("go on with the next record instead, and return events.%s{BatchItemFailures: ...} listing the failed records, with ReportBatchItemFailures enabled on the event source mapping", b.Response)
		}
		c.report(s, ret, fmt.Sprintf("returning from inside the loop over the %s on a failure abandons the rest of the batch: %s returns no error, so Lambda counts every record of the batch as processed, this one and those not reached yet, and never delivers them again; %s",
			b.Records, h.f.Name(), fix))
		return true
	})
}

// logs reports whether every statement of list is a call of
// knowledge.IsLogCall.
func logs(pass *analysis.Pass, list []ast.Stmt) bool {
	for _, s := range list {
		e, ok := s.(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := ast.Unparen(e.X).(*ast.CallExpr)
		if !ok || !knowledge.IsLogCall(knowledge.Callee(pass.TypesInfo, call)) {
			return false
		}
	}
	return true
}
