package runner

import (
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/lintcmd/cache"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A package's entry points may be registered by another package
// (functions.HTTP in the module's root registering handlers.Hello; a
// main package's funcframework registrations). Analysis facts flow from
// a package to its importers, never back, so the handler's package
// cannot learn from an analyzer that another package registers its
// function; a driver that holds the whole module can. It runs the model
// alone over the packages (cheap: no graphs, no checks) and tells the
// model of the second, real run which functions are entry points
// (funcmodel.Config.Registered, see combineRegistrations), so that
// their code is judged where it is written.

// modelRegistrations runs the model alone over pkgs and returns, for
// each package it ran on, what it found there: whether it covers the
// package, and the entry points the package's registrations declare in
// other packages (the driver keeps them per package, see
// incremental.go).
//
// Only the packages of pkgs are modelled in full (their models are the
// pass's results); those below them are analyzed for their facts, or
// seeded with the facts the cache kept (seeds, see facts.go), and what
// they register is what the cache kept (see incremental.registrations).
// It also returns the actions, whose facts a run keeps; their results
// are dropped (each as soon as its package's registrations are read).
func modelRegistrations(pkgs []*packages.Package, readFile func(string) ([]byte, error), seeds map[*packages.Package][]cache.AnalyzerFacts) (map[*packages.Package]cache.Registrations, []*action, error) {
	found := make(map[*packages.Package]cache.Registrations)
	if len(pkgs) == 0 {
		return found, nil, nil
	}
	model := funcmodel.New(funcmodel.Config{})
	// Each model is read as soon as its package is done, and dropped:
	// the run holds every package's syntax until the real analysis, but
	// not every package's model too.
	take := func(act *action) {
		if act.Analyzer != model {
			return
		}
		r := cache.Registrations{Path: act.Package.PkgPath}
		m, ok := act.Result.(*funcmodel.Model)
		if act.Err == nil && ok && m.Local && m.Pkg != nil {
			r.Modelled, r.Path = true, m.Pkg.Path()
			for _, e := range m.Entries {
				if e.Func != nil || e.Obj == nil || e.Judged || e.Obj.Pkg() == nil || e.Obj.Pkg() == m.Pkg {
					continue
				}
				x := funcmodel.ExternalEntry{Key: knowledge.Key(e.Obj), Kind: e.Kind, Platform: e.Platform, Name: e.Name, Via: e.Via + " in " + m.Pkg.Path(), Route: e.Route, FunctionURL: e.FunctionURL}
				r.Entries = append(r.Entries, cache.Registered{Target: e.Obj.Pkg().Path(), Entry: x})
			}
		}
		found[act.Package] = r
	}
	acts, err := analyzeGraph([]*analysis.Analyzer{model}, pkgs, readFile, graphOptions{seeds: seeds, take: take})
	if err != nil {
		return nil, nil, err
	}
	return found, acts, nil
}

// combineRegistrations returns the entry points that found declares in
// packages the model covers among those requested (by path), each once,
// sorted: the same list however the packages' findings were obtained.
//
// The declaring package must be one of those requested, whose findings
// are printed: a handler of a package analyzed only for its facts (a
// locally replaced module outside the patterns) stays reported at its
// registration.
func combineRegistrations(found []cache.Registrations, requested map[string]bool) []funcmodel.ExternalEntry {
	modelled := make(map[string]bool) // requested package paths the model covers
	for _, r := range found {
		if r.Modelled && requested[r.Path] {
			modelled[r.Path] = true
		}
	}
	var ext []funcmodel.ExternalEntry
	for _, r := range found {
		for _, e := range r.Entries {
			if modelled[e.Target] {
				ext = append(ext, e.Entry)
			}
		}
	}
	slices.SortFunc(ext, cache.CompareEntries)
	return slices.Compact(ext)
}

// requestedPaths returns the paths of roots.
func requestedPaths(roots []*packages.Package) map[string]bool {
	requested := make(map[string]bool)
	for _, p := range roots {
		requested[p.PkgPath] = true
	}
	return requested
}
