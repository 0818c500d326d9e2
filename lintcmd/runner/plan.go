package runner

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/cache"
)

// A run has three steps, as staticcheck's driver has them: the plan
// (this file: the package graph, as the go command lists it, and how
// the run gets each package), the cache (lintcmd/cache: the entries of
// dependencies and the findings of whole runs), and the run (load.go
// parses and type-checks per the plan; runner.go hands the packages to
// its driver (driver.go) and collects the findings and errors).

// A how is how a run gets a package.
type how int

const (
	// analyzed: parsed and type-checked from source with its function
	// bodies, and analyzed: the requested packages, the user's own code
	// they import, and the summarized dependencies that the cache has not
	// got (see local and summarized).
	analyzed how = iota + 1
	// typesOnly: type-checked from source for its types alone, its
	// function bodies ignored; not analyzed. Its export data is kept in
	// the cache when the plan says so (see plan.keep).
	typesOnly
	// cached: its export data, and its summaries, read from the cache.
	cached
	// absentPkg: not there to check (see absent); its import fails.
	absentPkg
	// seeded: a package of the user's own code that a run after an edit
	// does not analyze again: type-checked from source for its types
	// alone, its facts read from the cache (see incremental.seedable and
	// facts.go). It stays in the analysis graph, where its actions give
	// the facts kept.
	seeded
)

// inGraph reports whether a package got as h is in the analysis graph.
func inGraph(h how) bool { return h == analyzed || h == seeded }

// A plan says how a run gets each package it needs: from source (to
// analyze, or for its types alone), from the cache's export data, or
// not at all. The packages below a cached one that the run does not
// otherwise need are in no plan: the export data holds what the run
// needs of them.
type plan struct {
	roots []*packages.Package
	cache *cache.Cache // nil without a cache

	how map[*packages.Package]how
	// checked lists the packages type-checked here: the analyzed ones,
	// then those for their types alone, in the order decided.
	checked []*packages.Package
	// direct holds the dependencies that analyzed packages import and
	// that are not analyzed themselves.
	direct map[*packages.Package]bool
	// entries holds the cache's entries of the cached packages.
	entries map[*packages.Package]*cache.Entry
	// summarizedDeps lists the summarized dependencies analyzed, whose
	// entries the run keeps after the analysis (see store).
	summarizedDeps []*packages.Package
	// keep holds the packages type-checked for their types alone whose
	// entries the run keeps if they, and everything below them,
	// type-check (an entry never hides an error).
	keep map[*packages.Package]bool
	// seeds and regSeeds hold the facts the cache kept of the seeded
	// packages, of the real analysis and of the registrations' pass.
	seeds, regSeeds map[*packages.Package][]cache.AnalyzerFacts
}

// A seeder finds in the cache the facts of an unchanged package of the
// user's own code (see incremental.seedable).
type seeder interface {
	seedable(p *packages.Package) (facts, regFacts *cache.PackageFacts, ok bool)
}

// makePlan plans a run over roots, the requested packages, and the
// graph below them as the go command lists it, with the cache c (or
// none, when c is nil).
//
// Analyzed are the roots and every package of the user's own code they
// reach, and the summarized dependencies they reach that the cache has
// not got. Every other dependency they import, and the dependencies of
// those, are read from the cache or, when it has not got them (or every
// one, without a cache), type-checked from source for their types
// alone: a run without a cache thus computes what a run with one does,
// and the cache only spares the work. Only the dependencies that the
// analyzed packages import are kept in the cache: their export data is
// deep, so a later run reads nothing else. With bc (not nil), those that
// the cache has not got are read from the Go build cache when it holds
// them (see buildCache).
//
// A test variant of a dependency (testing [bufio.test], when the
// standard library's tests are analyzed) shares its path with the
// package it varies: it is type-checked from source, and never kept.
//
// With a seeder (a run after an edit), a package of the user's own code
// that the seeder finds unchanged is seeded instead of analyzed: checked
// for its types alone, its facts those the cache kept. The walk is
// otherwise the same (the packages below a seeded one are planned as
// they would be below an analyzed one), so the analysis graph, and
// every fact a pass sees, is that of a run that analyzes it.
//
// A seeded package is type-checked from source rather than read from
// export data: its importers' findings name positions in it (the
// declaration of a function whose effect they report), and export data
// keeps no columns (x/tools' reader gives its objects positions in fake
// files of lines only).
func makePlan(roots []*packages.Package, c *cache.Cache, sd seeder, bc *buildCache) *plan {
	pl := &plan{
		roots:    roots,
		cache:    c,
		how:      make(map[*packages.Package]how),
		direct:   make(map[*packages.Package]bool),
		entries:  make(map[*packages.Package]*cache.Entry),
		keep:     make(map[*packages.Package]bool),
		seeds:    make(map[*packages.Package][]cache.AnalyzerFacts),
		regSeeds: make(map[*packages.Package][]cache.AnalyzerFacts),
	}
	looked := make(map[*packages.Package]bool)
	inCache := func(p *packages.Package) bool {
		if c == nil {
			return false
		}
		if !looked[p] {
			looked[p] = true
			if k, err := c.PackageKey(p); err == nil {
				if e := c.Entry(k); e != nil {
					pl.entries[p] = e
				}
			}
		}
		return pl.entries[p] != nil
	}
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if pl.how[p] != 0 {
			return
		}
		var facts, regFacts *cache.PackageFacts
		ok := false
		if sd != nil && local(p) {
			facts, regFacts, ok = sd.seedable(p)
		}
		pl.how[p] = analyzed
		if ok {
			pl.how[p] = seeded
			pl.seeds[p], pl.regSeeds[p] = facts.Analyzers, regFacts.Analyzers
		}
		pl.checked = append(pl.checked, p)
		if !local(p) && summarized(p) {
			pl.summarizedDeps = append(pl.summarizedDeps, p)
		}
		for _, imp := range p.Imports {
			if absent(imp) {
				continue // its import fails, naming it (see fromExportData)
			}
			if local(imp) || summarized(imp) && !inCache(imp) {
				visit(imp)
			}
		}
	}
	for _, p := range roots {
		visit(p)
	}
	for _, p := range pl.checked {
		for _, imp := range p.Imports {
			if !inGraph(pl.how[imp]) && imp.PkgPath != "unsafe" {
				pl.direct[imp] = true
			}
		}
	}
	built := bc.exports(pl.buildCandidates(inCache))
	var need func(p *packages.Package)
	need = func(p *packages.Package) {
		if pl.how[p] != 0 || p.PkgPath == "unsafe" {
			return
		}
		if absent(p) {
			pl.how[p] = absentPkg
			return
		}
		if !testVariant(p) && inCache(p) {
			pl.how[p] = cached
			return
		}
		if e := built[p]; e != nil {
			pl.how[p] = cached
			pl.entries[p] = e
			pl.keepBuilt(p, e)
			return
		}
		pl.how[p] = typesOnly
		pl.checked = append(pl.checked, p)
		if c != nil && pl.direct[p] && !summarized(p) && !testVariant(p) {
			pl.keep[p] = true
		}
		for _, imp := range p.Imports {
			need(imp)
		}
	}
	for _, p := range slices.SortedFunc(maps.Keys(pl.direct), byID) {
		need(p)
	}
	return pl
}

// testVariant reports whether p is a test variant of a package ("p
// [p.test]").
func testVariant(p *packages.Package) bool { return strings.Contains(p.ID, " [") }

// listErrors returns the errors that the go command gave the packages
// not analyzed (a module missing from the module cache), each once,
// naming the package: the analyzed packages only see that an import
// failed.
func (pl *plan) listErrors() []string {
	var errs []string
	packages.Visit(pl.roots, nil, func(p *packages.Package) {
		if pl.how[p] != analyzed {
			for _, e := range p.Errors {
				errs = append(errs, fmt.Sprintf("dependency %s: %s", p.ID, ErrorText(e)))
			}
		}
	})
	return errs
}
