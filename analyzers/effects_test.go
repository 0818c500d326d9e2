package analyzers_test

import (
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestEffectNamesDistinct checks that no two fact types of the suite's
// analyzers, or of the analyzers they require, summarize a dependency's
// function under one effect name: a driver keeps the summaries keyed by
// effect and function (funcmodel.SummaryKey), so a second type under the
// same name would read the first's summaries as its own (respond's
// "writes" once did globalmutation's).
func TestEffectNamesDistinct(t *testing.T) {
	owner := make(map[string]string) // effect name -> "analyzer: fact type"
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		for _, f := range a.FactTypes {
			sf, ok := f.(funcmodel.SummaryFact)
			if !ok {
				continue
			}
			// A new zero fact of the type: Summary names the effect from
			// the type alone.
			zero := reflect.New(reflect.TypeOf(f).Elem()).Interface().(funcmodel.SummaryFact)
			effect, _ := zero.Summary()
			who := a.Name + ": " + reflect.TypeOf(sf).String()
			if prev, ok := owner[effect]; ok && prev != who {
				t.Errorf("effect %q is named by two fact types, %s and %s: give one a distinct Label", effect, prev, who)
			}
			owner[effect] = who
		}
	}
	for _, a := range analyzers.All() {
		visit(a)
	}
	if len(owner) < 10 {
		t.Errorf("only %d effects found in the suite: the test no longer sees its facts", len(owner))
	}
}
