// Package analyzers lists fnlint's analyzers: the one list that the
// fnlint command, the golangci-lint plugin and the generated docs read.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/backgroundwork"
	"github.com/fnlint/fnlint/analyzers/clientperrequest"
	"github.com/fnlint/fnlint/analyzers/eagerinit"
	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/analyzers/globalmutation"
	"github.com/fnlint/fnlint/analyzers/ignoredirective"
	"github.com/fnlint/fnlint/analyzers/missingresponse"
	"github.com/fnlint/fnlint/analyzers/oncefailure"
	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/analyzers/runtimeversion"
	"github.com/fnlint/fnlint/analyzers/smtp25"
	"github.com/fnlint/fnlint/analyzers/tmpfile"
	"github.com/fnlint/fnlint/internal/suppress"
)

// checks are the analyzers that report, in the order the docs present
// them.
var checks = []*analysis.Analyzer{
	osexit.Analyzer,
	backgroundwork.Analyzer,
	missingresponse.Analyzer,
	globalmutation.Analyzer,
	eagerinit.Analyzer,
	oncefailure.Analyzer,
	clientperrequest.Analyzer,
	tmpfile.Analyzer,
	smtp25.Analyzer,
	runtimeversion.Analyzer,
}

// Suite lists the analyzers that report diagnostics: each check wrapped
// so that //fnlint:ignore directives and generated files silence it, and
// the ignoredirective analyzer that checks the directives.
var Suite = func() []*analysis.Analyzer {
	var suite []*analysis.Analyzer
	for _, a := range checks {
		suite = append(suite, suppress.Wrap(a))
	}
	return append(suite, ignoredirective.New(suite))
}()

// All is Suite preceded by the function model, which reports nothing but
// has flags of its own (-funcmodel.entry) that drivers must expose.
func All() []*analysis.Analyzer {
	return append([]*analysis.Analyzer{funcmodel.Analyzer}, Suite...)
}
