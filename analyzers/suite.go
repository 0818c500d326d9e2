// Package analyzers builds fnlint's suite from the list of checks
// (package checks): the one suite that the fnlint command, the
// golangci-lint plugin and the generated docs read.
package analyzers

import (
	"errors"
	"flag"
	"fmt"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/checks"
	"github.com/fnlint/fnlint/analyzers/ignoredirective"
	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/internal/scaffold"
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

	cfg funcmodel.Config // the model's, for With
}

// All returns the model followed by the suite.
func (s *Set) All() []*analysis.Analyzer {
	return append([]*analysis.Analyzer{s.Model}, s.Suite...)
}

// New returns a new instance of the suite over a model with the given
// configuration; the model checks the configuration files against
// Schema() unless cfg has a schema of its own.
func New(cfg funcmodel.Config) *Set {
	if cfg.Schema == nil {
		cfg.Schema = Schema()
	}
	model := checks.NewModel(funcmodel.New(cfg))
	var suite []*analysis.Analyzer
	for _, c := range checks.List() {
		suite = append(suite, c.New(model))
	}
	return &Set{Model: model.Funcs, Suite: append(suite, ignoredirective.New(suite)), cfg: cfg}
}

// Names returns the names of the suite's analyzers, in its order.
func Names() []string {
	var names []string
	for _, a := range Default.Suite {
		names = append(names, a.Name)
	}
	return names
}

// Schema returns what a configuration file (internal/config) may name:
// the checks and their options, each option checked by setting it on a
// new instance of its check. ignoredirective, whose findings are about
// the directives themselves, is chosen by flags only.
func Schema() config.Schema {
	s := make(config.Schema)
	model := checks.NewModel(funcmodel.Analyzer)
	for _, c := range checks.List() {
		opts := make(map[string]func(string) error)
		c.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			opts[f.Name] = func(v string) error {
				return c.New(model).Flags.Set(f.Name, v)
			}
		})
		s[c.Analyzer.Name] = opts
	}
	return s
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
// configuration (and s's schema, selection and reader of deployments), whose flags have the
// values that drivers set on s's, or an error naming the flag whose
// value does not copy.
func (s *Set) With(cfg funcmodel.Config) (*Set, error) {
	cfg.Schema, cfg.Override, cfg.Deployments = s.cfg.Schema, s.cfg.Override, s.cfg.Deployments
	return s.copyFlags(New(cfg))
}

// copyFlags sets the flags of n that drivers set on s's, and returns n,
// or an error naming the flag whose value does not copy (both flag sets
// are built by the same code, so a value that the one holds the other
// should accept).
func (s *Set) copyFlags(n *Set) (*Set, error) {
	var errs []error
	for i, a := range n.All() {
		from := s.All()[i]
		from.Flags.VisitAll(func(f *flag.Flag) {
			if !scaffold.Explicit(f) {
				return // the default, which the files may override
			}
			if err := a.Flags.Set(f.Name, f.Value.String()); err != nil {
				errs = append(errs, fmt.Errorf("internal error: analyzer %s: copying flag -%s.%s: %w", a.Name, a.Name, f.Name, err))
			}
		})
	}
	return n, errors.Join(errs...)
}

// Config returns the configuration of the directory dir (absolute) as
// the set's model reads it: the configuration files checked against the
// set's schema, with the set's selection applied.
func (s *Set) Config(dir string) (*config.Config, error) {
	schema := s.cfg.Schema
	if schema == nil {
		schema = Schema()
	}
	c, err := config.Load(dir, schema)
	if err != nil {
		return nil, err
	}
	return c.Override(s.cfg.Override, schema), nil
}

// Selecting returns a new instance of the suite whose model applies the
// selection ops (as a configuration file's analyzers list takes them)
// after the configuration files', with the flags that drivers set on s.
func (s *Set) Selecting(ops []string) (*Set, error) {
	cfg := s.cfg
	cfg.Override = ops
	return s.copyFlags(New(cfg))
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
