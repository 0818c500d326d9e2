// Package runner loads packages and runs an analyzer suite on them for
// fnlint's own front ends (SARIF output, the language server): findings
// deduplicated across a package and its test variant and sorted by
// position, and load and analysis errors as messages naming the package.
package runner

import (
	"cmp"
	"fmt"
	"go/token"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A Finding is one diagnostic of one analyzer.
type Finding struct {
	Analyzer *analysis.Analyzer
	Fset     *token.FileSet
	analysis.Diagnostic
}

// Position returns where the finding starts.
func (f Finding) Position() token.Position { return f.Fset.Position(f.Pos) }

// Run loads the packages that patterns name, with cfg's directory and
// environment, and runs suite on them. Errors lists the load and analysis
// errors; the packages that loaded are analyzed regardless.
func Run(cfg packages.Config, patterns []string, suite []*analysis.Analyzer) (findings []Finding, errors []string, err error) {
	cfg.Mode = packages.LoadAllSyntax | packages.NeedModule
	if cfg.Env == nil {
		cfg.Env = os.Environ()
	}
	cfg.Env = append(cfg.Env, "GOPROXY=off") // never the network
	pkgs, err := packages.Load(&cfg, patterns...)
	if err != nil {
		return nil, nil, err
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("%v matched no packages", patterns)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errors = append(errors, e.Error())
		}
	})
	graph, err := checker.Analyze(suite, pkgs, nil)
	if err != nil {
		return nil, errors, err
	}
	type key struct {
		analyzer, posn, message string
	}
	seen := make(map[key]bool)
	for act := range graph.All() {
		if act.Err != nil {
			errors = append(errors, fmt.Sprintf("%s: %v", act, act.Err))
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			k := key{act.Analyzer.Name, act.Package.Fset.Position(d.Pos).String(), d.Message}
			if !seen[k] {
				seen[k] = true
				findings = append(findings, Finding{act.Analyzer, act.Package.Fset, d})
			}
		}
	}
	slices.SortFunc(findings, func(a, b Finding) int {
		pa, pb := a.Position(), b.Position()
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Line, pb.Line),
			cmp.Compare(pa.Column, pb.Column), cmp.Compare(a.Analyzer.Name, b.Analyzer.Name))
	})
	return findings, errors, nil
}
