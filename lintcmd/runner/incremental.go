package runner

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/cache"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A run after an edit analyzes only the requested packages whose inputs
// changed, and reads the findings of the others from the cache, as go
// vet's action graph does (the cache keeps the results of each package,
// see lintcmd/cache's results.go).
//
// A package's results derive from its own files, its module's go.mod,
// the packages it imports (their facts: its key holds their keys, and so
// the content of every package below it), the run's settings (the
// analyzers and their flags, the configuration, the build flags, the
// day), and one input that is no import: the entry points that other
// packages of the module register in it (funcmodel.Config.Registered,
// see registrations), which flow from a main package to the packages it
// registers, against the imports. The key of every package's findings
// holds the digest of all the entry points registered across the run,
// so that a change of any registration analyzes every package again.
//
// Those registrations are gathered from what the model alone found in
// each package, kept per package too. When a package changed, what it
// registers is not known before it is analyzed: the run takes the
// registrations of the last run over the same patterns as its guess,
// chooses from it the packages to analyze, and checks the guess once the
// changed packages are modelled; when it was wrong, the run analyzes
// every package (see RunWith).
//
// What a changed package gives its importers is not compared (no early
// cutoff): every package that imports a changed one, directly or not, is
// analyzed again. A package analyzed again needs the facts of the
// packages it imports, and the driver computes facts only by analyzing:
// those are loaded and analyzed too, for their facts, and only the
// findings of the changed packages are taken from the analysis.
type incremental struct {
	c *cache.Cache
	// keys holds the keys of the requested packages and of the packages
	// of the user's own code they import.
	keys   map[*packages.Package]cache.Key
	hashed cache.Files // the files the keys hold by content
	run    cache.Key   // the key of the last registrations (see cache.RunKey)
	// found holds what the model found in each package of keys, as the
	// cache kept it.
	found map[*packages.Package]cache.Registrations
	// guessed reports that some package's registrations were not in the
	// cache: registered, the guess, is then the last run's.
	guessed    bool
	registered string // the digest of the registrations the run assumed
	// cached holds the findings of the requested packages read from the
	// cache; analyze lists the other requested packages.
	cached  []Finding
	analyze []*packages.Package
}

// newIncremental returns how a run over roots uses the results of
// packages kept in the cache, or nil when it cannot (a file that cannot
// be read has no key). With reuse false, the run reads none of them, and
// keeps its own.
//
// The findings read from the cache are those of suite's analyzers, their
// files read into srcs (see decodeFindings).
func newIncremental(c *cache.Cache, run cache.Run, roots []*packages.Package, suite []*analysis.Analyzer, srcs *Sources, reuse bool) *incremental {
	inc := &incremental{c: c, run: c.RunKey(run), found: make(map[*packages.Package]cache.Registrations)}
	var pkgs []*packages.Package
	seen := make(map[*packages.Package]bool)
	root := make(map[*packages.Package]bool, len(roots))
	for _, p := range roots {
		root[p] = true
	}
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		if local(p) || root[p] {
			pkgs = append(pkgs, p)
		}
		for _, imp := range p.Imports {
			// Through a summarized dependency too: it may import a
			// module replaced by a local directory.
			if local(imp) || summarized(imp) {
				visit(imp)
			}
		}
	}
	for _, p := range roots {
		visit(p)
	}
	var err error
	if inc.keys, inc.hashed, err = c.ResultKeys(run, pkgs); err != nil {
		return nil
	}
	if !reuse {
		inc.analyze = roots
		return inc
	}
	for _, p := range pkgs {
		if r, ok := c.Registrations(inc.keys[p]); ok {
			inc.found[p] = r
		} else {
			inc.guessed = true
		}
	}
	var ext []funcmodel.ExternalEntry
	if inc.guessed {
		var ok bool
		if ext, ok = c.LastRegistrations(inc.run); !ok {
			inc.analyze = roots
			return inc
		}
	} else {
		ext = combineRegistrations(slicesOf(inc.found), requestedPaths(roots))
	}
	inc.registered = cache.RegistrationsDigest(ext)
	var cached []cache.Finding
	for _, p := range roots {
		if fs, ok := c.PackageFindings(inc.keys[p], inc.registered); ok {
			cached = append(cached, fs...)
		} else {
			inc.analyze = append(inc.analyze, p)
		}
	}
	// A package whose registrations are missing is modelled only if a
	// package analyzed imports it (every importer's key holds its key,
	// so their findings are missing too, unless the cache lost an entry
	// and not the other).
	reached := make(map[*packages.Package]bool)
	packages.Visit(inc.analyze, func(p *packages.Package) bool {
		if reached[p] {
			return false
		}
		reached[p] = true
		return true
	}, nil)
	for _, p := range pkgs {
		if _, ok := inc.found[p]; !ok && !reached[p] {
			inc.analyze = roots
			return inc
		}
	}
	if len(inc.analyze) < len(roots) {
		var ok bool
		if inc.cached, ok = decodeFindings(cached, suite, srcs); !ok {
			inc.analyze, inc.cached = roots, nil
		}
	}
	return inc
}

// registrations returns the entry points registered across the run, from
// what the model found in the packages loaded (found) and, for the
// others, what the cache kept, and whether the run may keep the findings
// it read from the cache: false when they were read under a guess that
// proved wrong.
func (inc *incremental) registrations(found map[*packages.Package]cache.Registrations, requested map[string]bool) ([]funcmodel.ExternalEntry, bool) {
	all := slicesOf(found)
	for p := range inc.keys {
		if _, ok := found[p]; ok {
			continue
		}
		r, ok := inc.found[p]
		if !ok {
			return nil, false // neither modelled nor kept: not reached
		}
		all = append(all, r)
	}
	ext := combineRegistrations(all, requested)
	return ext, !inc.guessed || len(inc.cached) == 0 || cache.RegistrationsDigest(ext) == inc.registered
}

// store keeps the results of the packages the run analyzed: what the
// model found in each package (found), the findings of each package
// analyzed (findings, the run's own before those read from the cache
// joined them), and the entry points registered across the run (ext).
// The caller has checked that the run had no error.
func (inc *incremental) store(found map[*packages.Package]cache.Registrations, findings []Finding, ext []funcmodel.ExternalEntry) {
	if !cache.Unchanged(inc.hashed) {
		return // a file saved while the run read it
	}
	for p, r := range found {
		if k, ok := inc.keys[p]; ok {
			inc.c.PutRegistrations(k, r)
		}
	}
	registered := cache.RegistrationsDigest(ext)
	byID := make(map[string][]Finding)
	for _, f := range findings {
		byID[f.PkgID] = append(byID[f.PkgID], f)
	}
	for _, p := range inc.analyze {
		inc.c.PutPackageFindings(inc.keys[p], registered, encodeFindings(byID[p.ID]))
	}
	inc.c.PutLastRegistrations(inc.run, ext)
}

// slicesOf returns the values of m.
func slicesOf(m map[*packages.Package]cache.Registrations) []cache.Registrations {
	all := make([]cache.Registrations, 0, len(m))
	for _, r := range m {
		all = append(all, r)
	}
	return all
}
