package batchfailure

import (
	_ "embed"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
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
		Name:      "batchfailure",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model, graphs},
		FactTypes: []analysis.Fact{new(recordsFact), new(effects.Fact[failsBatch])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model, graphs) },
	})
}

// A handler is a Lambda entry point that may receive a batch: its
// event is a batch event of aws-lambda-go, or an event it decodes
// itself (map[string]any, json.RawMessage, a struct of its own or of a
// library such as golambda.Event).
type handler struct {
	entry *funcmodel.Entry
	f     *funcmodel.Func
	// responds reports whether the handler returns a batch response
	// type (events.SQSEventResponse, or a pointer to one).
	responds bool
	// silent reports whether the handler returns nothing: every
	// invocation succeeds.
	silent bool
}

// A scope is a body whose error the handler returns: the handler
// itself, or a function of the package that it (or another scope)
// calls and whose error it returns. A scope's loops over a batch's
// records fail the batch.
type scope struct {
	f     *funcmodel.Func
	h     handler
	via   string // "" for the handler, else the function's name
	graph *cfg.CFG
}

func run(pass *analysis.Pass, model, graphs *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local && !m.Summarized || pass.Pkg == nil || eventsPackage(pass.Pkg) == nil {
		return nil // no batch records can reach this package's code
	}
	c := &checker{pass: pass, m: m, recs: newRecords(pass, m), reported: make(map[ast.Node]bool)}
	if !m.Local {
		return nil // a dependency: its records facts are all it gives
	}
	effects.Propagate(pass, m, c.spec())
	g := pass.ResultOf[graphs].(*flowgraph.Graphs)
	seen := make(map[*funcmodel.Func]bool)
	for _, e := range m.Entries {
		if e.Kind != knowledge.Lambda || e.Func == nil || seen[e.Func] {
			continue
		}
		seen[e.Func] = true
		h, ok := batchHandler(pass, e)
		if !ok {
			continue
		}
		c.configured(h)
		if h.silent {
			c.abandons(h)
			continue
		}
		for _, s := range reach(pass, m, h) {
			s.graph = g.Of(s.f)
			c.check(s)
			c.elsewhere(s)
		}
	}
	return nil
}

// reach returns the scopes of handler h: its own body, then the
// functions of the package whose error result a scope returns (return
// process(ctx, ev), err := ...; return err), breadth first.
func reach(pass *analysis.Pass, m *funcmodel.Model, h handler) []scope {
	info := pass.TypesInfo
	out := []scope{{f: h.f, h: h}}
	seen := map[*funcmodel.Func]bool{h.f: true}
	for i := 0; i < len(out); i++ {
		s := out[i]
		s.f.Inspect(func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			callee := knowledge.Callee(info, call)
			if callee == nil || m.Of(callee) == nil || seen[m.Of(callee)] {
				return true
			}
			if !lastIsError(callee.Signature()) || !returnsResult(pass, s.f, call) {
				return true
			}
			seen[m.Of(callee)] = true
			out = append(out, scope{f: m.Of(callee), h: h, via: callee.Name()})
			return true
		})
	}
	return out
}

// batchHandler returns the entry point e as a batch handler: its last
// result is an error (or it has no result), and its event (the parameter after the context,
// or the only one) is a batch event of knowledge.BatchEvents or one
// that it decodes itself, not another event type of aws-lambda-go (API
// Gateway, S3, SNS: not batches retried this way).
func batchHandler(pass *analysis.Pass, e *funcmodel.Entry) (handler, bool) {
	sig := e.Func.Signature(pass.TypesInfo)
	if sig == nil || !lastIsError(sig) && sig.Results().Len() > 0 {
		return handler{}, false
	}
	var event *types.Var
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); !knowledge.IsNamed(p.Type(), "context", "Context") {
			event = p
			break
		}
	}
	if event == nil || fromEvents(event.Type()) && !isBatchEvent(event.Type()) {
		return handler{}, false
	}
	h := handler{entry: e, f: e.Func, silent: sig.Results().Len() == 0}
	if sig.Results().Len() == 2 {
		for resp := range knowledge.BatchResponses {
			h.responds = h.responds || knowledge.IsNamed(sig.Results().At(0).Type(), knowledge.LambdaEvents, resp)
		}
	}
	return h, true
}

// fromEvents reports whether t (or what it points to) is a named type
// of aws-lambda-go's events package.
func fromEvents(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == knowledge.LambdaEvents
}

// isBatchEvent reports whether t is one of knowledge.BatchEvents.
func isBatchEvent(t types.Type) bool {
	for name := range knowledge.BatchEvents {
		if knowledge.IsNamed(t, knowledge.LambdaEvents, name) {
			return true
		}
	}
	return false
}
