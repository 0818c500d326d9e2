package missingresponse

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
	"github.com/fnlint/fnlint/model/respond"
)

//go:embed doc.go
var doc string

// Analyzer reports HTTP functions that return without responding.
var Analyzer = New(funcmodel.Analyzer, respond.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model and the response analysis of the given instances: drivers
// build one suite per configuration.
func New(model, writes *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:     "missingresponse",
		Doc:      doc,
		Requires: []*analysis.Analyzer{model, writes},
		Run:      func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model, writes) },
	})
}

func run(pass *analysis.Pass, model, writes *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	r := pass.ResultOf[writes].(*respond.Result)
	for _, e := range m.Entries {
		if e.Kind != knowledge.HTTP {
			continue
		}
		if e.Func == nil {
			reportImported(pass, r, e)
			continue
		}
		w := respond.WriterParams(e.Func.Signature(pass.TypesInfo))
		if len(w) == 0 || w[0] != 0 {
			continue // not (w http.ResponseWriter, r *http.Request)
		}
		for _, exit := range r.SilentExits(e.Func, 0) {
			verb := "returns"
			if flowgraph.IsClosingBrace(exit) {
				verb = "ends"
			}
			pass.Report(analysis.Diagnostic{
				Pos:     exit.Pos(),
				End:     exit.End(),
				Message: fmt.Sprintf("%s %s without writing a response: %s", handler(e), verb, consequence(e)),
				Related: registration(pass, e),
			})
		}
	}
	return nil
}

// registration returns, as the other end of a finding in an entry
// point's body, where the entry point is registered, when that is not
// its own declaration.
func registration(pass *analysis.Pass, e *funcmodel.Entry) []analysis.RelatedInformation {
	if e.Arg == nil || !e.Pos.IsValid() || e.Func != nil && e.Func.Node.Pos() <= e.Pos && e.Pos < e.Func.Node.End() {
		return nil
	}
	how := "registered here"
	if e.Route {
		how = fmt.Sprintf("registered here for route %q", e.Name)
	} else if e.Name != "" {
		how = fmt.Sprintf("registered here as entry point %q", e.Name)
	}
	return []analysis.RelatedInformation{{Pos: e.Arg.Pos(), End: e.Arg.End(), Message: how}}
}

// handler names the entry point's function in messages, with the route
// it serves or, for a function literal, the name it is registered
// with, which say more than "a function literal in main".
func handler(e *funcmodel.Entry) string {
	switch {
	case e.Route:
		return fmt.Sprintf("%s (route %q)", e.Func.Name(), e.Name)
	case e.Func.Obj == nil:
		return fmt.Sprintf("%s (entry point %q)", e.Func.Name(), e.Name)
	}
	return e.Func.Name()
}

// consequence says what the caller gets from an HTTP entry point that
// writes nothing, and what to do: net/http sends an empty 200 OK, and so
// does aws-lambda-go's lambdaurl for a Function URL (its wrapper writes
// the status when the handler returns); on Lambda the
// aws-lambda-go-api-proxy adapter finds no status code, answers 504 and
// fails the invocation ("Status code not set on response").
func consequence(e *funcmodel.Entry) string {
	if e.Platform == funcmodel.Lambda && !e.FunctionURL {
		return "the API Gateway adapter finds no status code, answers 504 Gateway Timeout and fails the invocation; write a status before every return"
	}
	return "the caller gets an empty 200 OK; write a response (http.Error on failure) before every return"
}

// reportImported reports, at its registration, an HTTP entry point
// declared in another package whose summary says it may not respond;
// the declaration, where the response goes, is the other end.
func reportImported(pass *analysis.Pass, r *respond.Result, e *funcmodel.Entry) {
	if e.Obj == nil || e.Judged {
		return
	}
	s, ok := r.Imported(e.Obj, 0)
	if !ok {
		return
	}
	name := knowledge.ShortName(e.Obj)
	d := analysis.Diagnostic{Pos: e.Pos}
	if e.Arg != nil {
		d.End = e.Arg.End()
	}
	related := "declared here"
	switch s.Writes {
	case respond.Never:
		d.Message = fmt.Sprintf("%s never writes a response: %s", name, consequence(e))
	case respond.Some:
		d.Message = fmt.Sprintf("%s returns without writing a response at %s: %s", name, s.Escape, consequence(e))
		related = fmt.Sprintf("declared here; it returns without writing at %s", s.Escape)
	default:
		return
	}
	d.Related = []analysis.RelatedInformation{{Pos: code.DeclLine(pass.Fset, e.Obj), Message: related}}
	pass.Report(d)
}
