package ignoredirective

import (
	_ "embed"
	"fmt"
	"go/ast"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/checks"
	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/suppress"
)

// Analyzer checks the directives against the analyzers that the checks'
// packages export (package checks lists them), for drivers that take
// one Analyzer per package (rules_go's nogo). The analyzers package's
// Default suite ends with it.
var Analyzer = New(checks.Analyzers())

//go:embed doc.go
var doc string

// New returns the analyzer checking directives against the analyzers of
// a suite, which it requires so as to learn which directives they used.
// The analyzers must run through suppress.Filter (internal/scaffold
// builds them so).
func New(suite []*analysis.Analyzer) *analysis.Analyzer {
	names := make(map[string]*analysis.Analyzer)
	for _, a := range suite {
		names[a.Name] = a
	}
	return &analysis.Analyzer{
		Name:     "ignoredirective",
		Doc:      analysisdoc.Doc(doc, "ignoredirective"),
		URL:      analysisdoc.URL("ignoredirective"),
		Requires: suite,
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				if ast.IsGenerated(f) {
					continue
				}
				for _, d := range suppress.Parse(pass.Fset, f) {
					check(pass, names, d)
				}
			}
			return nil, nil
		},
	}
}

func check(pass *analysis.Pass, names map[string]*analysis.Analyzer, d suppress.Directive) {
	if len(d.Names) == 0 {
		pass.Reportf(d.Pos, "fnlint directive names no analyzer: write //fnlint:ignore NAME reason")
		return
	}
	silenced := false
	for _, n := range d.Names {
		a, ok := names[n]
		if !ok {
			known := make([]string, 0, len(names))
			for k := range names {
				known = append(known, k)
			}
			slices.Sort(known)
			pass.Reportf(d.Pos, "fnlint directive names unknown analyzer %q (known: %s)", n, strings.Join(known, ", "))
			return
		}
		if used, ok := pass.ResultOf[a].(suppress.Used); ok && used[d.Pos] {
			silenced = true
		}
	}
	if d.Reason == "" {
		pass.Reportf(d.Pos, "fnlint directive gives no reason: say why the case is deliberate")
		return
	}
	if !silenced {
		pass.Reportf(d.Pos, "fnlint directive silences nothing: %s reports nothing %s; remove it", strings.Join(d.Names, ", "), where(d))
	}
}

func where(d suppress.Directive) string {
	if d.File {
		return "in this file"
	}
	if d.Trailing {
		return fmt.Sprintf("on line %d, the line it ends", d.Line)
	}
	return fmt.Sprintf("on line %d, the line after it", d.Covers())
}
