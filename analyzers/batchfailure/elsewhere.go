package batchfailure

import (
	"fmt"
	"go/ast"
	"path/filepath"

	"go/types"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// failsBatch is the effect of a function that returns, as its error, a
// record's failure from inside its loop over a batch's records, or the
// error of a call that does. Its facts carry the loops of one package
// to the handlers of another that return its error.
type failsBatch struct {
	Event string // the batch event type of knowledge.BatchEvents: "SQSEvent"
	At    string // the return in the loop: "worker.go:24"
}

func (failsBatch) Label() string    { return "fails a batch via" }
func (f failsBatch) String() string { return "the return at " + f.At }

// batch returns the batch of the loop, and whether it is known.
func (f failsBatch) batch() (batch, bool) {
	desc, ok := knowledge.BatchEvents[f.Event]
	return batch{Event: f.Event, BatchEvent: desc}, ok
}

// spec is the failsBatch effect: caused by a return of a non-nil error
// inside a loop over a batch's records, carried by the calls whose
// error the caller returns.
func (c *checker) spec() effects.Spec[failsBatch] {
	return effects.Spec[failsBatch]{
		Cause: func(f *funcmodel.Func, cur inspector.Cursor) (failsBatch, bool) {
			ret, ok := cur.Node().(*ast.ReturnStmt)
			if !ok || len(ret.Results) == 0 || !lastIsError(f.Signature(c.pass.TypesInfo)) {
				return failsBatch{}, false
			}
			_, b, ok := c.recordLoop(scope{f: f}, cur)
			if !ok || !c.nonNil(f, cur, ret.Results[len(ret.Results)-1]) {
				return failsBatch{}, false
			}
			pos := c.pass.Fset.Position(ret.Pos())
			return failsBatch{Event: b.Event, At: fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)}, true
		},
		// A direct call, whose result the caller may return.
		Carry: func(e funcmodel.Edge) bool {
			return e.When == funcmodel.Now && e.Call != nil && ast.Node(e.Call) == e.Node
		},
		Guarded: func(f *funcmodel.Func, n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			return ok && (!lastIsError(f.Signature(c.pass.TypesInfo)) || !returnsResult(c.pass, f, call))
		},
	}
}

// elsewhere reports, in scope s, the calls of functions of other
// packages whose error s returns and whose facts say that they fail a
// batch: the loop is in a package analyzed before the handler's, so
// the finding is at the call in the handler's package, the return in
// the loop named in its message.
func (c *checker) elsewhere(s scope) {
	info := c.pass.TypesInfo
	s.f.Inspect(func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := knowledge.Callee(info, call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg || !lastIsError(fn.Signature()) || !returnsResult(c.pass, s.f, call) {
			return true
		}
		ch, ok := effects.Imported[failsBatch](c.pass, c.m, fn)
		if !ok {
			return true
		}
		b, ok := ch.Cause.batch()
		if !ok {
			return true
		}
		name := knowledge.ShortName(fn)
		how := name
		if len(ch.Path) > 0 {
			how = name + ", which " + effects.Explain(ch.Path) + ","
		}
		c.report(s, call, fmt.Sprintf("returning the error of %s fails the whole batch: %s returns a record's error from inside its loop over the %s (%s); %s; %s",
			name, how, b.Records, ch.Cause.At, retried(b), remedy(s.h, b)))
		return true
	})
}

// lastIsError reports whether the last result of sig is an error.
func lastIsError(sig *types.Signature) bool {
	return sig != nil && sig.Results().Len() > 0 && knowledge.IsError(sig.Results().At(sig.Results().Len()-1).Type())
}
