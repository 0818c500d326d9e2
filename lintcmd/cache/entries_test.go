package cache

import (
	"testing"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestEntriesDistinct checks that entries that differ in any field, even
// by moving characters from one string field to the next, have digests
// and an order of their own, and that equal entries compare equal.
func TestEntriesDistinct(t *testing.T) {
	base := funcmodel.ExternalEntry{Key: "example.com/fn.Handle", Kind: 1, Name: "Handle", Via: "functions.HTTP in example.com/main",
		Caller: "example.com/main.run", At: funcmodel.Site{File: "/m/main.go", Offset: 120}, Pkg: "example.com/fn"}
	variants := []func(*funcmodel.ExternalEntry){
		func(e *funcmodel.ExternalEntry) { e.Key += "x" },
		func(e *funcmodel.ExternalEntry) { e.Kind++ },
		func(e *funcmodel.ExternalEntry) { e.Platform++ },
		func(e *funcmodel.ExternalEntry) { e.Name, e.Via = e.Name+"f", "unctions.HTTP in example.com/main" },
		func(e *funcmodel.ExternalEntry) { e.Route = true },
		func(e *funcmodel.ExternalEntry) { e.FunctionURL = true },
		func(e *funcmodel.ExternalEntry) { e.Caller = "" },
		func(e *funcmodel.ExternalEntry) { e.Once = true },
		func(e *funcmodel.ExternalEntry) { e.At.File = "/m/main2.go" },
		func(e *funcmodel.ExternalEntry) { e.At.Offset = 12 },
		func(e *funcmodel.ExternalEntry) { e.Pkg = "" },
	}
	seen := map[string]int{RegistrationsDigest([]funcmodel.ExternalEntry{base}): -1}
	for i, change := range variants {
		e := base
		change(&e)
		if c := CompareEntries(base, e); c == 0 || c != -CompareEntries(e, base) {
			t.Errorf("variant %d: CompareEntries = %d, reversed %d", i, c, CompareEntries(e, base))
		}
		d := RegistrationsDigest([]funcmodel.ExternalEntry{e})
		if j, ok := seen[d]; ok {
			t.Errorf("variant %d has the digest of %d", i, j)
		}
		seen[d] = i
	}
	if c := CompareEntries(base, base); c != 0 {
		t.Errorf("CompareEntries(e, e) = %d", c)
	}
	// Two entries are not one entry spelled across them.
	a, b := base, base
	b.Key = "example.com/fn.Other"
	if RegistrationsDigest([]funcmodel.ExternalEntry{a, b}) == RegistrationsDigest([]funcmodel.ExternalEntry{b, a}) {
		t.Error("the digest does not depend on the order of the entries (the caller sorts them)")
	}
}
