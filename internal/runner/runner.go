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
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A Finding is one diagnostic of one analyzer.
type Finding struct {
	Analyzer  *analysis.Analyzer
	Fset      *token.FileSet
	PkgID     string // the package reported on
	ModuleDir string // the root directory of its module, or ""
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
	loadFailed := len(errors) > 0
	graph, err := checker.Analyze(suite, pkgs, nil)
	if err != nil {
		return nil, errors, err
	}
	type key struct {
		analyzer, posn, message string
	}
	seen := make(map[key]bool)
	for act := range graph.All() {
		// After a load error, the analyses it skipped say so once each;
		// the load error already said what is wrong.
		if act.Err != nil && (!loadFailed || !skipped(act.Err)) {
			errors = append(errors, fmt.Sprintf("%s: %v", act, act.Err))
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			k := key{act.Analyzer.Name, act.Package.Fset.Position(d.Pos).String(), d.Message}
			if !seen[k] {
				seen[k] = true
				dir := ""
				if m := act.Package.Module; m != nil {
					dir = m.Dir
				}
				findings = append(findings, Finding{act.Analyzer, act.Package.Fset, act.Package.ID, dir, d})
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

// skipped reports whether an analysis error only says that the analysis
// did not run because of errors in its package or its prerequisites.
func skipped(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "analysis skipped due to errors") || strings.HasPrefix(msg, "failed prerequisites")
}
