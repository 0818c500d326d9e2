// Package checks writes the list of fnlint's checks once, in the order
// the docs present them: for each, the analyzer its package exports
// and the constructor of a new instance over a given model. The
// analyzers package builds its suites from the list, and
// ignoredirective checks directives against it; ignoredirective itself
// is not in it, as it requires the others.
package checks

import (
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/backgroundwork"
	"github.com/fnlint/fnlint/analyzers/batchfailure"
	"github.com/fnlint/fnlint/analyzers/batchresult"
	"github.com/fnlint/fnlint/analyzers/clientperrequest"
	"github.com/fnlint/fnlint/analyzers/ctxbackground"
	"github.com/fnlint/fnlint/analyzers/ctxcaptured"
	"github.com/fnlint/fnlint/analyzers/eagerinit"
	"github.com/fnlint/fnlint/analyzers/envvar"
	"github.com/fnlint/fnlint/analyzers/globalmutation"
	"github.com/fnlint/fnlint/analyzers/missingresponse"
	"github.com/fnlint/fnlint/analyzers/nodeadline"
	"github.com/fnlint/fnlint/analyzers/oncefailure"
	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/analyzers/procstate"
	"github.com/fnlint/fnlint/analyzers/recursivetrigger"
	"github.com/fnlint/fnlint/analyzers/registration"
	"github.com/fnlint/fnlint/analyzers/runtimeversion"
	"github.com/fnlint/fnlint/analyzers/smtp25"
	"github.com/fnlint/fnlint/analyzers/telemetryflush"
	"github.com/fnlint/fnlint/analyzers/tmpfile"
	"github.com/fnlint/fnlint/analyzers/wholeobject"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/respond"
)

// A Check is one of fnlint's checks.
type Check struct {
	// Analyzer is the analyzer the check's package exports, over the
	// default model (funcmodel.Analyzer, flowgraph.Analyzer,
	// respond.Analyzer).
	Analyzer *analysis.Analyzer
	// New returns a new instance of the check over the given instance
	// of the execution model's analyzers.
	New func(Model) *analysis.Analyzer
}

// A Model is one instance of the execution model's analyzers, which the
// checks of one suite share: an analyzer that two checks require is one
// analyzer, run once per package.
type Model struct {
	Funcs  *analysis.Analyzer // the execution model (funcmodel)
	Graphs *analysis.Analyzer // its control-flow graphs (flowgraph)
	Writes *analysis.Analyzer // what functions do with response writers (respond)
}

// NewModel returns new instances of the analyzers of the execution
// model over funcs, an instance of funcmodel's.
func NewModel(funcs *analysis.Analyzer) Model {
	graphs := flowgraph.New(funcs)
	return Model{Funcs: funcs, Graphs: graphs, Writes: respond.New(funcs, graphs)}
}

// List returns fnlint's checks, in the order the docs present them.
func List() []Check {
	return []Check{
		{osexit.Analyzer, withWrites(osexit.New)},
		{backgroundwork.Analyzer, withGraphs(backgroundwork.New)},
		{missingresponse.Analyzer, withWrites(missingresponse.New)},
		{globalmutation.Analyzer, withGraphs(globalmutation.New)},
		{eagerinit.Analyzer, modelOnly(eagerinit.New)},
		{oncefailure.Analyzer, modelOnly(oncefailure.New)},
		{clientperrequest.Analyzer, modelOnly(clientperrequest.New)},
		{ctxbackground.Analyzer, modelOnly(ctxbackground.New)},
		{ctxcaptured.Analyzer, modelOnly(ctxcaptured.New)},
		{tmpfile.Analyzer, modelOnly(tmpfile.New)},
		{smtp25.Analyzer, modelOnly(smtp25.New)},
		{batchfailure.Analyzer, withGraphs(batchfailure.New)},
		{envvar.Analyzer, modelOnly(envvar.New)},
		{procstate.Analyzer, modelOnly(procstate.New)},
		{nodeadline.Analyzer, modelOnly(nodeadline.New)},
		{batchresult.Analyzer, modelOnly(batchresult.New)},
		{recursivetrigger.Analyzer, modelOnly(recursivetrigger.New)},
		{telemetryflush.Analyzer, modelOnly(telemetryflush.New)},
		{wholeobject.Analyzer, modelOnly(wholeobject.New)},
		{registration.Analyzer, modelOnly(registration.New)},
		{runtimeversion.Analyzer, modelOnly(runtimeversion.New)},
	}
}

// Analyzers returns the analyzers the checks' packages export, in
// List's order.
func Analyzers() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, c := range List() {
		as = append(as, c.Analyzer)
	}
	return as
}

// modelOnly adapts the constructor of a check that reads the execution
// model alone.
func modelOnly(newCheck func(model *analysis.Analyzer) *analysis.Analyzer) func(Model) *analysis.Analyzer {
	return func(m Model) *analysis.Analyzer { return newCheck(m.Funcs) }
}

// withGraphs adapts the constructor of a check that reads the model and
// its control-flow graphs.
func withGraphs(newCheck func(model, graphs *analysis.Analyzer) *analysis.Analyzer) func(Model) *analysis.Analyzer {
	return func(m Model) *analysis.Analyzer { return newCheck(m.Funcs, m.Graphs) }
}

// withWrites adapts the constructor of a check that reads the model and
// what its functions do with response writers.
func withWrites(newCheck func(model, writes *analysis.Analyzer) *analysis.Analyzer) func(Model) *analysis.Analyzer {
	return func(m Model) *analysis.Analyzer { return newCheck(m.Funcs, m.Writes) }
}
