package runner

import (
	"bufio"
	"bytes"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/lintcmd/cache"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// CacheDir returns the directory of fnlint's cache (see cache.Dir).
func CacheDir() string { return cache.Dir() }

// The run's side of the cache: what it keeps of the dependencies it
// checked from source, and what it reads of those the plan found in the
// cache. For each summarized dependency (a third-party package analyzed
// from source, see locality.Summarized), a later run needs instead of
// analyzing it again its export data, written from the types checked
// from source, and its summaries, the facts the analyzers exported for
// its functions (funcmodel.SummaryFact); for every other dependency
// type-checked from source, its export data.

// store writes the entries of the summarized packages analyzed from
// source in this run, from their types and from the facts that the
// actions exported for their functions. A package with errors, or that
// imports one, is not kept.
func (pl *plan) store(acts []*action) {
	if pl.cache == nil {
		return
	}
	want := make(map[*packages.Package]bool)
	for _, p := range pl.summarizedDeps {
		if !p.IllTyped && p.Types != nil && len(p.Errors) == 0 {
			want[p] = true
		}
	}
	summaries := make(map[*packages.Package][]cache.Summary)
	for _, act := range acts {
		if !want[act.Package] || act.Err != nil {
			if act.Err != nil {
				delete(want, act.Package)
			}
			continue
		}
		for _, of := range act.ownObjectFacts() {
			fn, ok := of.Object.(*types.Func)
			if !ok || fn.Pkg() != act.Package.Types {
				continue // inherited from a dependency, which has its own entry
			}
			sf, ok := of.Fact.(funcmodel.SummaryFact)
			if !ok {
				continue
			}
			effect, s := sf.Summary()
			summaries[act.Package] = append(summaries[act.Package], cache.Summary{Effect: effect, Func: knowledge.Key(fn), Path: s.Path, Cause: s.Cause})
		}
	}
	for p := range want {
		pl.put(p, summaries[p])
	}
	pl.cache.Trim()
}

// storeTypes writes the entry of a dependency that was type-checked
// from source for its types alone (it has no summaries: the standard
// library and the modules the tables describe).
func (pl *plan) storeTypes(p *packages.Package) { pl.put(p, nil) }

// put writes p's entry: its export data and summaries.
func (pl *plan) put(p *packages.Package, summaries []cache.Summary) {
	k, err := pl.cache.PackageKey(p)
	if err != nil {
		return
	}
	var export bytes.Buffer
	if err := gcexportdata.Write(&export, p.Fset, p.Types); err != nil {
		return
	}
	pl.cache.PutEntry(k, &cache.Entry{Export: export.Bytes(), Summaries: summaries})
}

// summaries returns the summaries of the packages found in the cache.
func (pl *plan) summaries() funcmodel.Summaries {
	s := make(funcmodel.Summaries)
	for _, e := range pl.entries {
		for _, r := range e.Summaries {
			s[funcmodel.SummaryKey{Effect: r.Effect, Func: r.Func}] = funcmodel.Summary{Path: r.Path, Cause: r.Cause}
		}
	}
	return s
}

// readExport reads the types of a package found in the cache.
func readExport(e *cache.Entry, fset *token.FileSet, imports map[string]*types.Package, path string) (*types.Package, error) {
	return gcexportdata.Read(bufio.NewReader(bytes.NewReader(e.Export)), fset, imports, path)
}
