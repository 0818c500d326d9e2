package runner

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// registrations returns the entry points that registrations declare in
// packages other than the one declaring the function (functions.HTTP in
// the module's root registering handlers.Hello; a main package's
// funcframework registrations), when the declaring package is modelled
// here but does not judge the function itself.
//
// Analysis facts flow from a package to its importers, never back, so
// the handler's package cannot learn from an analyzer that another
// package registers its function; a driver that holds the whole module
// can. It runs the model alone over the packages (cheap: no graphs, no
// checks) and tells the model of the second, real run which functions
// are entry points (funcmodel.Config.Registered), so that their code is
// judged where it is written.
func registrations(pkgs []*packages.Package) ([]funcmodel.ExternalEntry, error) {
	model := funcmodel.New(funcmodel.Config{})
	graph, err := checker.Analyze([]*analysis.Analyzer{model}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	// The declaring package must be one of those requested, whose
	// findings are printed: a handler of a package analyzed only for
	// its facts (a locally replaced module outside the patterns) stays
	// reported at its registration.
	requested := make(map[string]bool)
	for _, p := range pkgs {
		requested[p.PkgPath] = true
	}
	modelled := make(map[string]bool) // requested package paths the model covers
	var models []*funcmodel.Model
	for act := range graph.All() {
		if act.Analyzer != model || act.Err != nil {
			continue
		}
		m, ok := act.Result.(*funcmodel.Model)
		if !ok || !m.Local || m.Pkg == nil {
			continue
		}
		if requested[m.Pkg.Path()] {
			modelled[m.Pkg.Path()] = true
		}
		models = append(models, m)
	}
	var ext []funcmodel.ExternalEntry
	seen := make(map[funcmodel.ExternalEntry]bool)
	for _, m := range models {
		for _, e := range m.Entries {
			if e.Func != nil || e.Obj == nil || e.Judged || e.Obj.Pkg() == nil || e.Obj.Pkg() == m.Pkg || !modelled[e.Obj.Pkg().Path()] {
				continue
			}
			x := funcmodel.ExternalEntry{Key: knowledge.Key(e.Obj), Kind: e.Kind, Platform: e.Platform, Name: e.Name, Via: e.Via + " in " + m.Pkg.Path(), Route: e.Route, FunctionURL: e.FunctionURL}
			if !seen[x] {
				seen[x] = true
				ext = append(ext, x)
			}
		}
	}
	return ext, nil
}
