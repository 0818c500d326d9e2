// Package scaffold builds fnlint's checks: one constructor, New, turns
// a check's description (its name and doc.go, the analyzers it
// requires, the facts it exports, its flags and its run function) into
// an analysis.Analyzer.
//
// A check's options are a typed config of its own, C: New allocates one
// per instance and hands it to the description's Flags, which binds
// each flag to a field of it (flag.FlagSet's BoolVar, Var, ...), and to
// Run, which reads the fields. So a run never looks an option up by
// name, and each instance of a suite (each golangci-lint plugin
// instance, each language-server configuration) has settings of its
// own: the config lives as long as its analyzer, is written only while
// the driver parses flags and only read while analyzing, as nilaway's
// config and staticcheck's lint.Analyzer keep theirs.
//
// Every check's diagnostics pass through suppress.Filter, which applies
// the //fnlint:ignore directives; the config has nothing to do with it.
package scaffold

import (
	"flag"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/suppress"
)

// A Check describes an analyzer whose options are a config of type C.
// A check without options uses struct{}.
type Check[C any] struct {
	Name string
	// Doc is the source of the check's doc.go, from which the
	// analyzer's Doc is extracted (see analysisdoc).
	Doc       string
	Requires  []*analysis.Analyzer
	FactTypes []analysis.Fact
	// Flags, if not nil, declares the check's flags on fs, each bound
	// to a field of cfg.
	Flags func(fs *flag.FlagSet, cfg *C)
	// Run analyzes a package with the instance's config, reporting
	// through pass.Report.
	Run func(pass *analysis.Pass, cfg *C) error
}

// New returns a new instance of the check c, with a config of its own:
// an analyzer named c.Name, documented by its doc.go, that requires
// c.Requires and suppress.Analyzer, exports c.FactTypes and runs c.Run
// through suppress.Filter.
func New[C any](c Check[C]) *analysis.Analyzer {
	cfg := new(C)
	a := &analysis.Analyzer{
		Name:       c.Name,
		Doc:        analysisdoc.Doc(c.Doc, c.Name),
		URL:        analysisdoc.URL(c.Name),
		Requires:   append(c.Requires[:len(c.Requires):len(c.Requires)], suppress.Analyzer),
		FactTypes:  c.FactTypes,
		ResultType: suppress.ResultType,
		Run:        suppress.Filter(func(pass *analysis.Pass) error { return c.Run(pass, cfg) }),
	}
	if c.Flags != nil {
		c.Flags(&a.Flags, cfg)
	}
	return a
}
