package runner

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/cache"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A regDigest holds the digests of the entry points registered across a
// run on which one package's results depend (see registrationDigests).
type regDigest struct {
	facts    string // under which its facts are kept
	findings string // under which its findings are kept
}

// registrationDigests returns, for each package of keys, the digests of
// the entry points of ext (funcmodel.Config.Registered) that its results
// depend on: those that target it (ExternalEntry.Pkg) or a package of
// the user's own code that it imports, directly or not, whose facts it
// reads. The positions of the calls that reach a function
// (ExternalEntry.At) change no fact, only the related position of a
// finding in the package reached: they are in the digest of that
// package's findings alone. An entry with no Pkg counts for every
// package.
//
// So an edit that changes what a package registers, or which of its
// functions the entry points of other packages reach, or from where,
// analyzes again that package and those above it, not the whole module.
func registrationDigests(keys map[*packages.Package]cache.Key, ext []funcmodel.ExternalEntry) map[*packages.Package]regDigest {
	byPkg := make(map[string][]funcmodel.ExternalEntry)
	var anywhere []funcmodel.ExternalEntry
	for _, e := range ext {
		if e.Pkg == "" {
			anywhere = append(anywhere, e)
		} else {
			byPkg[e.Pkg] = append(byPkg[e.Pkg], e)
		}
	}
	// below holds the paths of the packages of keys that each package
	// imports, directly or not, and its own.
	below := make(map[*packages.Package][]string)
	var visit func(p *packages.Package) []string
	visit = func(p *packages.Package) []string {
		if paths, ok := below[p]; ok {
			return paths
		}
		below[p] = nil // no cycles in an import graph
		paths := []string{p.PkgPath}
		for _, imp := range p.Imports {
			if _, ok := keys[imp]; ok {
				paths = append(paths, visit(imp)...)
			}
		}
		slices.Sort(paths)
		paths = slices.Compact(paths)
		below[p] = paths
		return paths
	}
	// Each package's own entries are digested once, and a package's
	// digest combines those of the packages below it: a package's
	// digest does not spell out every entry below it (the entries that
	// reach a helper package imported by every function package number
	// as many as the function packages: spelled out for each package,
	// they made the digests' cost grow with the square of the module).
	own := func(entries []funcmodel.ExternalEntry, at bool) string {
		entries = slices.Clone(entries)
		if !at {
			for i := range entries {
				entries[i].At = funcmodel.Site{}
			}
		}
		slices.SortFunc(entries, cache.CompareEntries)
		return cache.RegistrationsDigest(slices.Compact(entries))
	}
	ownFacts := make(map[string]string, len(byPkg))
	for path, entries := range byPkg {
		ownFacts[path] = own(entries, false)
	}
	everywhere, everywhereAt := own(anywhere, false), own(anywhere, true)
	digests := make(map[*packages.Package]regDigest, len(keys))
	for p := range keys {
		h := sha256.New()
		_, _ = fmt.Fprintf(h, "anywhere %s\n", everywhere) // a hash does not fail
		for _, path := range visit(p) {
			if d, ok := ownFacts[path]; ok {
				_, _ = fmt.Fprintf(h, "%q %s\n", path, d)
			}
		}
		facts := hex.EncodeToString(h.Sum(nil))
		// The findings' digest adds the calls that reach the package's
		// functions (At), its own and those of the entries with no
		// package.
		h.Reset()
		_, _ = fmt.Fprintf(h, "facts %s\nanywhere %s\n", facts, everywhereAt)
		if entries, ok := byPkg[p.PkgPath]; ok {
			_, _ = fmt.Fprintf(h, "own %s\n", own(entries, true))
		}
		findings := hex.EncodeToString(h.Sum(nil))
		digests[p] = regDigest{facts: facts, findings: findings}
	}
	return digests
}
