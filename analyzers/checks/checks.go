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
	"github.com/fnlint/fnlint/analyzers/clientperrequest"
	"github.com/fnlint/fnlint/analyzers/ctxbackground"
	"github.com/fnlint/fnlint/analyzers/ctxcaptured"
	"github.com/fnlint/fnlint/analyzers/eagerinit"
	"github.com/fnlint/fnlint/analyzers/envvar"
	"github.com/fnlint/fnlint/analyzers/globalmutation"
	"github.com/fnlint/fnlint/analyzers/missingresponse"
	"github.com/fnlint/fnlint/analyzers/oncefailure"
	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/analyzers/procstate"
	"github.com/fnlint/fnlint/analyzers/registration"
	"github.com/fnlint/fnlint/analyzers/runtimeversion"
	"github.com/fnlint/fnlint/analyzers/smtp25"
	"github.com/fnlint/fnlint/analyzers/tmpfile"
)

// A Check is one of fnlint's checks.
type Check struct {
	// Analyzer is the analyzer the check's package exports, over the
	// default model (funcmodel.Analyzer, flowgraph.Analyzer).
	Analyzer *analysis.Analyzer
	// New returns a new instance of the check over the given instances
	// of the execution model and of its control-flow graphs.
	New func(model, graphs *analysis.Analyzer) *analysis.Analyzer
}

// List returns fnlint's checks, in the order the docs present them.
func List() []Check {
	return []Check{
		{osexit.Analyzer, osexit.New},
		{backgroundwork.Analyzer, backgroundwork.New},
		{missingresponse.Analyzer, missingresponse.New},
		{globalmutation.Analyzer, globalmutation.New},
		{eagerinit.Analyzer, modelOnly(eagerinit.New)},
		{oncefailure.Analyzer, modelOnly(oncefailure.New)},
		{clientperrequest.Analyzer, modelOnly(clientperrequest.New)},
		{ctxbackground.Analyzer, modelOnly(ctxbackground.New)},
		{ctxcaptured.Analyzer, modelOnly(ctxcaptured.New)},
		{tmpfile.Analyzer, modelOnly(tmpfile.New)},
		{smtp25.Analyzer, modelOnly(smtp25.New)},
		{batchfailure.Analyzer, batchfailure.New},
		{envvar.Analyzer, modelOnly(envvar.New)},
		{procstate.Analyzer, modelOnly(procstate.New)},
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

// modelOnly adapts the constructor of a check that reads the model but
// not the control-flow graphs.
func modelOnly(newCheck func(model *analysis.Analyzer) *analysis.Analyzer) func(model, graphs *analysis.Analyzer) *analysis.Analyzer {
	return func(model, _ *analysis.Analyzer) *analysis.Analyzer { return newCheck(model) }
}
