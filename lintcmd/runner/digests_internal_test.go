package runner

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/cache"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestRegistrationDigests checks which packages' digests an entry
// changes: the facts of the package it targets and of those above it,
// not of those beside or below; the call that reaches a helper (At)
// changes only the findings of the helper's package.
func TestRegistrationDigests(t *testing.T) {
	shared := &packages.Package{ID: "m/shared", PkgPath: "m/shared"}
	fnA := &packages.Package{ID: "m/a", PkgPath: "m/a", Imports: map[string]*packages.Package{"m/shared": shared}}
	fnB := &packages.Package{ID: "m/b", PkgPath: "m/b", Imports: map[string]*packages.Package{"m/shared": shared}}
	other := &packages.Package{ID: "m/other", PkgPath: "m/other"}
	keys := map[*packages.Package]cache.Key{shared: {}, fnA: {}, fnB: {}, other: {}}
	reachA := funcmodel.ExternalEntry{Key: "m/shared.Helper", Kind: 1, Name: "A", Caller: "m/a.handle", At: funcmodel.Site{File: "/m/a/a.go", Offset: 10}, Pkg: "m/shared"}
	entryB := funcmodel.ExternalEntry{Key: "m/b.Handle", Kind: 1, Name: "B", Via: "functions.HTTP in m/main", Pkg: "m/b"}
	before := registrationDigests(keys, []funcmodel.ExternalEntry{reachA, entryB})

	type change struct {
		facts, findings []*packages.Package // the packages whose digests change
	}
	for _, tc := range []struct {
		name string
		ext  []funcmodel.ExternalEntry
		want change
	}{
		{"same entries in another order", []funcmodel.ExternalEntry{entryB, reachA, reachA}, change{}},
		{"helper reached by another entry point", []funcmodel.ExternalEntry{reachA, entryB, func() funcmodel.ExternalEntry { e := reachA; e.Name = "C"; return e }()},
			change{facts: []*packages.Package{shared, fnA, fnB}, findings: []*packages.Package{shared, fnA, fnB}}},
		{"helper reached from another call", []funcmodel.ExternalEntry{func() funcmodel.ExternalEntry { e := reachA; e.At.Offset = 20; return e }(), entryB},
			change{findings: []*packages.Package{shared}}},
		{"entry point renamed", []funcmodel.ExternalEntry{reachA, func() funcmodel.ExternalEntry { e := entryB; e.Name = "B2"; return e }()},
			change{facts: []*packages.Package{fnB}, findings: []*packages.Package{fnB}}},
		{"entry with no package", []funcmodel.ExternalEntry{reachA, entryB, {Key: "m/x.F", Kind: 1, Name: "X"}},
			change{facts: []*packages.Package{shared, fnA, fnB, other}, findings: []*packages.Package{shared, fnA, fnB, other}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			after := registrationDigests(keys, tc.ext)
			for p := range keys {
				wantFacts, wantFindings := slices.Contains(tc.want.facts, p), slices.Contains(tc.want.findings, p)
				if got := after[p].facts != before[p].facts; got != wantFacts {
					t.Errorf("%s: facts digest changed: %v, want %v", p.ID, got, wantFacts)
				}
				if got := after[p].findings != before[p].findings; got != wantFindings {
					t.Errorf("%s: findings digest changed: %v, want %v", p.ID, got, wantFindings)
				}
			}
		})
	}
}
