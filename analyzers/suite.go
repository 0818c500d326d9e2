// Package analyzers builds fnlint's suite from the list of checks
// (package checks): the one suite that the fnlint command, the
// golangci-lint plugin and the generated docs read.
package analyzers

import (
	"flag"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/checks"
	"github.com/fnlint/fnlint/analyzers/ignoredirective"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A Set is one instance of the suite: analyzers that share one
// execution model and have flags of their own, so that drivers with
// different settings in one process (two golangci-lint plugin
// instances, a language server's runs) do not interfere.
type Set struct {
	// Model is the execution model, which reports nothing but has flags
	// of its own (-funcmodel.entry) that drivers must expose.
	Model *analysis.Analyzer
	// Suite lists the analyzers that report diagnostics, in the order
	// the docs present them, followed by ignoredirective, which checks
	// the directives against them.
	Suite []*analysis.Analyzer
}

// All returns the model followed by the suite.
func (s *Set) All() []*analysis.Analyzer {
	return append([]*analysis.Analyzer{s.Model}, s.Suite...)
}

// New returns a new instance of the suite over a model with the given
// configuration.
func New(cfg funcmodel.Config) *Set {
	model := checks.NewModel(funcmodel.New(cfg))
	var suite []*analysis.Analyzer
	for _, c := range checks.List() {
		suite = append(suite, c.New(model))
	}
	return &Set{Model: model.Funcs, Suite: append(suite, ignoredirective.New(suite))}
}

// Default is the suite of the analyzers the packages export: its
// analyzers are the packages' own Analyzer variables, so that any
// analyzer can Require another and the suite still validates. It is
// the checks of package checks, followed by ignoredirective.Analyzer,
// which requires them.
var Default = &Set{
	Model: funcmodel.Analyzer,
	Suite: append(checks.Analyzers(), ignoredirective.Analyzer),
}

// Suite is Default's suite.
var Suite = Default.Suite

// All is Default's model followed by its suite.
func All() []*analysis.Analyzer { return Default.All() }

// With returns a new instance of the suite over a model with the given
// configuration, whose flags have the values of s's.
func (s *Set) With(cfg funcmodel.Config) *Set {
	n := New(cfg)
	for i, a := range n.All() {
		from := s.All()[i]
		from.Flags.VisitAll(func(f *flag.Flag) {
			// Both flag sets were built by the same code: a value that
			// the one holds the other accepts.
			if err := a.Flags.Set(f.Name, f.Value.String()); err != nil {
				panic("internal error: copying flag " + a.Name + "." + f.Name + ": " + err.Error())
			}
		})
	}
	return n
}

// Select returns the analyzers of the suite with the given names, in the
// suite's order.
func (s *Set) Select(names []string) []*analysis.Analyzer {
	var selected []*analysis.Analyzer
	for _, a := range s.Suite {
		if slices.Contains(names, a.Name) {
			selected = append(selected, a)
		}
	}
	return selected
}
