package batchfailure

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// skips reports whether block, whose statements only log or continue
// (see onlyLogs), ends by going on with the next record: the record's
// processing stops there.
func skips(block *ast.BlockStmt) bool {
	if len(block.List) == 0 {
		return false
	}
	br, ok := block.List[len(block.List)-1].(*ast.BranchStmt)
	return ok && br.Tok == token.CONTINUE && br.Label == nil
}

// failsOnInput reports whether the error v that the if statement n at
// cur checks is the result of a call whose error depends only on its
// input (knowledge.FailsOnInput: json.Unmarshal of the record's body),
// given in n's init or by the statement before n: the record is
// malformed, and delivering it again fails the same way, so dropping
// it after logging is the handling of a poison record.
func (c *checker) failsOnInput(cur inspector.Cursor, n *ast.IfStmt, v *types.Var) bool {
	as, _ := n.Init.(*ast.AssignStmt)
	if as == nil {
		if block, ok := cur.Parent().Node().(*ast.BlockStmt); ok {
			for i, st := range block.List {
				if st == ast.Stmt(n) && i > 0 {
					as, _ = block.List[i-1].(*ast.AssignStmt)
				}
			}
		}
	}
	if as == nil || len(as.Rhs) != 1 {
		return false
	}
	assigns := false
	for _, l := range as.Lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(id) == v {
			assigns = true
		}
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	return assigns && ok && knowledge.FailsOnInput(knowledge.Callee(c.pass.TypesInfo, call))
}

// skippedMessage is the message for a record's error that handler h,
// which returns only an error, logs before going on with the next
// record.
func skippedMessage(h handler, b batch) string {
	fix := b.Remedy
	if b.Failure != "" {
		fix = fmt.Sprintf("return events.%s{BatchItemFailures: ...} listing the record (events.%s{ItemIdentifier: <record>.%s}), with ReportBatchItemFailures enabled on the event source mapping", b.Response, b.Failure, b.ID)
	}
	return fmt.Sprintf("the error of this record is logged and the record skipped: when %s returns no error, Lambda counts every record of the batch as processed, this one included, and never delivers it again; %s", h.f.Name(), fix)
}
