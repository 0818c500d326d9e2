package runner

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

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
// registers, against the imports, and the functions of the package that
// entry points of other packages reach (funcmodel.ExternalEntry.Caller).
// A package's findings and facts are kept under the digest of those of
// them that target it or a package below it (see registrationDigests),
// so that a change of a registration, or of which helpers an entry
// point reaches, analyzes again the packages it concerns and those
// above them.
//
// Those registrations are gathered from what the model alone found in
// each package, kept per package too. When a package changed, what it
// registers is not known before it is analyzed: the run takes the
// registrations of the last run over the same patterns as its guess,
// chooses from it the packages to analyze, and checks the guess once the
// changed packages are modelled; when it was wrong for a package whose
// results it read from the cache, the run keeps what the model found in
// the packages it modelled and starts again, without a guess; only if
// that fails too does it analyze every package (see RunWith).
//
// What a changed package gives its importers is not compared (no early
// cutoff): every package that imports a changed one, directly or not, is
// analyzed again. A package analyzed again needs the facts of the
// packages it imports: those of the user's own code that did not change
// are seeded: type-checked for their types alone, their facts read from
// the cache, which keeps them for every package of the user's own code
// a run analyzed (see facts.go and seedable), so that an edit costs the
// edited package and those above it, and only the parsing and checking
// of the declarations of the rest. Only when the cache has not got
// their facts are they analyzed too, for their facts.
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
	// cache: digests, the guess, are then those of the last run's.
	guessed bool
	// digests holds, for each package of keys, the digests of the
	// registrations the run assumed (see registrationDigests).
	digests map[*packages.Package]regDigest
	// cached holds the findings of the requested packages read from the
	// cache; analyze lists the other requested packages.
	cached  []Finding
	analyze []*packages.Package

	reuse bool
	// roots holds the requested packages; analyzing those of analyze.
	roots, analyzing map[*packages.Package]bool
	// seeds holds what seedable decided of each package it was asked
	// about; seededAny reports that some package was seeded.
	seeds     map[*packages.Package]*seedEntry
	seededAny bool
}

// A seedEntry is what the cache kept of a package that a run seeds, or
// nil facts for one it analyzes.
type seedEntry struct {
	facts, regFacts *cache.PackageFacts
}

// newIncremental returns how a run over roots uses the results of
// packages kept in the cache, or nil when it cannot (a file that cannot
// be read has no key). With reuse false, the run reads none of them, and
// keeps its own.
//
// The findings read from the cache are those of suite's analyzers, their
// files read into srcs (see decodeFindings).
func newIncremental(c *cache.Cache, run cache.Run, roots []*packages.Package, suite []*analysis.Analyzer, srcs *Sources, reuse bool) *incremental {
	inc := &incremental{c: c, run: c.RunKey(run), found: make(map[*packages.Package]cache.Registrations),
		reuse: reuse, roots: make(map[*packages.Package]bool, len(roots)), analyzing: make(map[*packages.Package]bool),
		seeds: make(map[*packages.Package]*seedEntry)}
	for _, p := range roots {
		inc.roots[p] = true
	}
	defer func() {
		for _, p := range inc.analyze {
			inc.analyzing[p] = true
		}
	}()
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
	regs := make([]cache.Registrations, len(pkgs))
	have := parallel(len(pkgs), func(i int) (ok bool) {
		regs[i], ok = c.Registrations(inc.keys[pkgs[i]])
		return ok
	})
	for i, p := range pkgs {
		if have[i] {
			inc.found[p] = regs[i]
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
	inc.digests = registrationDigests(inc.keys, ext)
	var cached []cache.Finding
	rootFindings := make([][]cache.Finding, len(roots))
	have = parallel(len(roots), func(i int) (ok bool) {
		p := roots[i]
		rootFindings[i], ok = c.PackageFindings(inc.keys[p], inc.digests[p].findings)
		return ok
	})
	for i, p := range roots {
		if have[i] {
			cached = append(cached, rootFindings[i]...)
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

// parallel calls f(i) for every i below n, on as many goroutines as
// there are processors, and returns what each call returned. (A run
// after an edit reads the results of every package from the cache,
// file by file: in order, they took a run of 600 packages 0.1 s.)
func parallel(n int, f func(i int) bool) []bool {
	ok := make([]bool, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				ok[i] = f(i)
			}
		})
	}
	wg.Wait()
	return ok
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
			if !inc.roots[p] {
				continue // not requested: what it registers counts nowhere (see combineRegistrations)
			}
			return nil, false // neither modelled nor kept: not reached
		}
		all = append(all, r)
	}
	ext := combineRegistrations(all, requested)
	// The findings read from the cache, and the facts seeded, are those
	// of the registrations guessed.
	digests := registrationDigests(inc.keys, ext)
	for p := range inc.keys {
		if digests[p] == inc.digests[p] {
			continue
		}
		if inc.roots[p] && !inc.analyzing[p] {
			return ext, false // its findings were read from the cache
		}
		if e := inc.seeds[p]; e != nil && e.facts != nil {
			return ext, false // seeded with its facts
		}
	}
	return ext, true
}

// keep keeps what the model found in the packages it modelled (found),
// for a run that starts again after a wrong guess (see RunWith).
func (inc *incremental) keep(found map[*packages.Package]cache.Registrations) {
	if !cache.Unchanged(inc.hashed) {
		return // a file saved while the run read it
	}
	for p, r := range found {
		if k, ok := inc.keys[p]; ok {
			inc.c.PutRegistrations(k, r)
		}
	}
}

// seedable reports whether p, a package of the user's own code that a
// run's analysis reaches, can be seeded: the run does not analyze it,
// it has not changed, nor has anything below it (its key is that of the
// last run that analyzed it), the registrations guessed are those of
// that run, and the cache kept its facts, and can seed
// every package of the user's own code that it imports. Test variants
// are always analyzed.
func (inc *incremental) seedable(p *packages.Package) (facts, regFacts *cache.PackageFacts, ok bool) {
	if e, ok := inc.seeds[p]; ok {
		return e.facts, e.regFacts, e.facts != nil
	}
	e := new(seedEntry)
	inc.seeds[p] = e // no cycles in an import graph
	k, ok := inc.keys[p]
	if !ok || !inc.reuse || inc.analyzing[p] || testVariant(p) || len(p.Errors) > 0 {
		return nil, nil, false
	}
	if _, ok := inc.found[p]; !ok {
		return nil, nil, false
	}
	for _, imp := range p.Imports {
		if local(imp) {
			if _, _, ok := inc.seedable(imp); !ok {
				return nil, nil, false
			}
		}
	}
	facts, regFacts = inc.c.Facts(k, inc.digests[p].facts), inc.c.Facts(k, "registrations")
	if facts == nil || regFacts == nil {
		return nil, nil, false
	}
	e.facts, e.regFacts = facts, regFacts
	inc.seededAny = true
	return facts, regFacts, true
}

// store keeps the results of the packages the run analyzed: what the
// model found in each package (found), the findings of each package
// analyzed (findings, the run's own before those read from the cache
// joined them), and the entry points registered across the run (ext).
// The caller has checked that the run had no error.
//
// It keeps the facts of the packages of the user's own
// code that the run analyzed (not test variants), from acts and
// regActs, the actions of the analysis and of the registrations' pass
// (see seedable).
func (inc *incremental) store(found map[*packages.Package]cache.Registrations, findings []Finding, ext []funcmodel.ExternalEntry, acts, regActs []*action) {
	if !cache.Unchanged(inc.hashed) {
		return // a file saved while the run read it
	}
	digests := registrationDigests(inc.keys, ext)
	inc.storeFacts(acts, regActs, digests)
	for p, r := range found {
		if k, ok := inc.keys[p]; ok {
			inc.c.PutRegistrations(k, r)
		}
	}
	byID := make(map[string][]Finding)
	for _, f := range findings {
		byID[f.PkgID] = append(byID[f.PkgID], f)
	}
	for _, p := range inc.analyze {
		inc.c.PutPackageFindings(inc.keys[p], digests[p].findings, encodeFindings(byID[p.ID]))
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

// storeFacts keeps the facts of the packages analyzed in acts (under
// the digest of the registrations they depend on, see
// registrationDigests) and regActs (under "registrations"), when every
// action on the package succeeded.
func (inc *incremental) storeFacts(acts, regActs []*action, digests map[*packages.Package]regDigest) {
	byPkg := func(acts []*action) map[*packages.Package][]*action {
		m := make(map[*packages.Package][]*action)
		for _, act := range acts {
			if _, ok := inc.keys[act.Package]; ok && !act.seeded && !testVariant(act.Package) {
				m[act.Package] = append(m[act.Package], act)
			}
		}
		return m
	}
	regs := byPkg(regActs)
	for p, pacts := range byPkg(acts) {
		if p.IllTyped || len(p.Errors) > 0 || p.Types == nil || slices.ContainsFunc(pacts, failed) || slices.ContainsFunc(regs[p], failed) {
			continue
		}
		if len(regs[p]) == 0 {
			continue // not in the registrations' pass: no facts of it to seed with
		}
		facts, ok := encodeFacts(pacts)
		regFacts, regOK := encodeFacts(regs[p])
		if !ok || !regOK {
			continue
		}
		k := inc.keys[p]
		inc.c.PutFacts(k, "registrations", &cache.PackageFacts{Analyzers: regFacts})
		inc.c.PutFacts(k, digests[p].facts, &cache.PackageFacts{Analyzers: facts})
	}
}

// failed reports whether act failed.
func failed(act *action) bool { return act.Err != nil }
