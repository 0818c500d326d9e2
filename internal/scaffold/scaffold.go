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
// the //fnlint:ignore directives, and then through the configuration
// file of the package's directory (internal/config), which the
// execution model reads for each package and a check finds as the
// result of the requirement that implements Configured: findings of a
// check turned off for the package, or in an excluded file, are
// dropped there, in every driver. The file's options for the check
// apply to the package unless a driver set the option (a flag, a
// plugin setting): the check then runs on the package with a config of
// the instance's values overlaid with the file's.
package scaffold

import (
	"flag"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/config"
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
	}
	if c.Flags != nil {
		c.Flags(&a.Flags, cfg)
		a.Flags.VisitAll(func(f *flag.Flag) { f.Value = &tracked{Value: f.Value} })
	}
	run := suppress.Filter(func(pass *analysis.Pass) error {
		use, err := packageOptions(pass, c, a, cfg)
		if err != nil {
			return err
		}
		return c.Run(pass, use)
	})
	a.Run = func(pass *analysis.Pass) (any, error) {
		conf := packageConfig(pass, c.Requires)
		if conf == nil {
			return run(pass)
		}
		on := conf.Enabled(c.Name)
		report := pass.Report
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			if !on {
				return
			}
			if tf := pass.Fset.File(d.Pos); tf != nil && conf.Excluded(tf.Name()) {
				return
			}
			report(d)
		}
		return run(&p)
	}
	return a
}

// Configured is implemented by the result of an analyzer that gives
// the configuration of the package's directory (the execution model's).
type Configured interface {
	PackageConfig() *config.Config
}

// packageConfig returns the configuration of the pass's package, from
// the first of requires whose result gives it, or nil.
func packageConfig(pass *analysis.Pass, requires []*analysis.Analyzer) *config.Config {
	for _, r := range requires {
		if h, ok := pass.ResultOf[r].(Configured); ok {
			return h.PackageConfig()
		}
	}
	return nil
}

// packageOptions returns the config to run the check on the pass's
// package with: the instance's, or, when the configuration file sets
// options of the check that no driver set, a new one with the
// instance's values and the file's.
func packageOptions[C any](pass *analysis.Pass, c Check[C], a *analysis.Analyzer, cfg *C) (*C, error) {
	conf := packageConfig(pass, c.Requires)
	if conf == nil || c.Flags == nil {
		return cfg, nil
	}
	opts := conf.Options[c.Name]
	apply := false
	for name := range opts {
		if f := a.Flags.Lookup(name); f != nil && !Explicit(f) {
			apply = true
		}
	}
	if !apply {
		return cfg, nil
	}
	local := new(C)
	var fs flag.FlagSet
	c.Flags(&fs, local)
	var err error
	a.Flags.VisitAll(func(f *flag.Flag) {
		v, set := opts[f.Name]
		if Explicit(f) {
			v, set = f.Value.String(), true
		}
		if set && err == nil {
			if e := fs.Set(f.Name, v); e != nil {
				err = fmt.Errorf("option %s.%s for %s: %w", c.Name, f.Name, conf.Dir, e)
			}
		}
	})
	return local, err
}

// A tracked flag value records whether a driver set it.
type tracked struct {
	flag.Value
	set bool
}

func (t *tracked) Set(s string) error {
	t.set = true
	return t.Value.Set(s)
}

func (t *tracked) IsBoolFlag() bool {
	b, ok := t.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// Explicit reports whether a driver set the flag f of a check built by
// New (which then overrides the configuration files), or whether f is
// not such a check's flag.
func Explicit(f *flag.Flag) bool {
	t, ok := f.Value.(*tracked)
	return !ok || t.set
}
