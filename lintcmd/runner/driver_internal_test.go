package runner

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/testmodules"
	"github.com/fnlint/fnlint/lintcmd/cache"
)

// TestDriverSameAsChecker checks the run's driver against x/tools'
// checker.Analyze, the reference, on every testdata module: for each
// action (analyzer and package), the same error, the same diagnostics
// with the same fixes, and the same facts visible to its pass (every
// object fact and package fact AllObjectFacts and AllPackageFacts give),
// so that a pass reads through ImportObjectFact exactly what the
// checker would have copied into it; and that each action's facts, kept
// in the cache and read back (see facts.go), are the same. Then that
// freeing each package's syntax once its actions are done changes no
// diagnostic, and frees it.
func TestDriverSameAsChecker(t *testing.T) {
	dirs, err := testmodules.Dirs()
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("FNLINT_SLOW") == "" {
		// The sample, several packages, test variants, a replaced
		// module, and the context analyzer's module (facts of each kind
		// the engine has: effects, parameters, held values); every
		// testdata module waits for CI's slow step.
		dirs = slices.DeleteFunc(dirs, func(dir string) bool {
			name := testmodules.Name(dir)
			return !slices.Contains([]string{"testdata/sample", "testdata/multi", "testdata/variants", "ctxbackground/testdata"}, name) && !strings.HasPrefix(name, "replaced/")
		})
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
	// The modules share a cache, which keeps the types of the standard
	// library once checked; the analyzed packages are those of a run
	// with the cache.
	dc, err := cache.Open(t.TempDir(), env, local)
	if err != nil {
		t.Fatal(err)
	}
	var facts, diags atomic.Int64
	t.Cleanup(func() {
		if !t.Failed() && (facts.Load() < 100 || diags.Load() < 30) {
			t.Errorf("only %d facts and %d diagnostics over the testdata modules: the comparison proves little", facts.Load(), diags.Load())
		}
	})
	for _, dir := range dirs {
		t.Run(testmodules.Name(dir), func(t *testing.T) {
			t.Parallel()
			load := func() []*packages.Package {
				cfg := packages.Config{Dir: dir, Env: env, Tests: true}
				roots, err := listGraph(cfg, []string{"./..."})
				if err != nil {
					t.Fatal(err)
				}
				pkgs, _ := makePlan(roots, dc, nil, nil).load(cfg, newSources())
				return pkgs
			}
			pkgs := load()
			if len(pkgs) == 0 {
				t.Skip("no packages")
			}
			graph, err := checker.Analyze(analyzers.Suite, pkgs, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := make(map[string]string)
			for act := range graph.All() {
				want[act.String()] = describe(act.Package.Fset, act.Err, act.Diagnostics, act.AllObjectFacts(), act.AllPackageFacts())
			}
			acts, err := analyzeGraph(analyzers.Suite, pkgs, os.ReadFile, graphOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(acts) != len(want) {
				t.Errorf("%d actions, the checker has %d", len(acts), len(want))
			}
			for _, act := range acts {
				got := describe(act.Package.Fset, act.Err, act.Diagnostics, act.allObjectFacts(), act.allPackageFacts())
				if w, ok := want[act.String()]; !ok {
					t.Errorf("%s: not an action of the checker", act)
				} else if got != w {
					t.Errorf("%s:\n got:\n%s\nwant (checker):\n%s", act, got, w)
				}
				facts.Add(int64(strings.Count(got, "\nfact ")))
				diags.Add(int64(len(act.Diagnostics)))
				roundTrip(t, act)
			}

			// Freeing: a fresh load (the passes above hold its syntax).
			pkgs = load()
			freed, err := analyzeGraph(analyzers.Suite, pkgs, os.ReadFile, graphOptions{free: true})
			if err != nil {
				t.Fatal(err)
			}
			for i, act := range freed {
				if got, w := describe(act.Package.Fset, act.Err, act.Diagnostics, nil, nil), describe(acts[i].Package.Fset, acts[i].Err, acts[i].Diagnostics, nil, nil); got != w {
					t.Errorf("%s, freeing:\n got:\n%s\nwant:\n%s", act, got, w)
				}
				if act.Package.Syntax != nil || act.Package.TypesInfo != nil {
					t.Errorf("%s: the package's syntax is kept after its analysis", act)
				}
				if act.Result != nil && !act.IsRoot {
					t.Errorf("%s: the result of an action that is no root is kept", act)
				}
			}
		})
	}
}

// describe prints what one action gave: its error, diagnostics, fixes,
// and the facts its pass saw, sorted.
func describe(fset *token.FileSet, err error, diags []analysis.Diagnostic, objFacts []analysis.ObjectFact, pkgFacts []analysis.PackageFact) string {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "error %v\n", err)
	}
	for _, d := range diags {
		fmt.Fprintf(&b, "%s-%s: %s [%s] %s\n", fset.Position(d.Pos), fset.Position(d.End), d.Message, d.Category, d.URL)
		for _, r := range d.Related {
			fmt.Fprintf(&b, "\trelated %s-%s: %s\n", fset.Position(r.Pos), fset.Position(r.End), r.Message)
		}
		for _, fix := range d.SuggestedFixes {
			fmt.Fprintf(&b, "\tfix %s\n", fix.Message)
			for _, e := range fix.TextEdits {
				fmt.Fprintf(&b, "\t\t%s-%s %q\n", fset.Position(e.Pos), fset.Position(e.End), e.NewText)
			}
		}
	}
	var facts []string
	for _, f := range objFacts {
		facts = append(facts, fmt.Sprintf("fact %s %s: %T %v", f.Object.Pkg().Path(), types.ObjectString(f.Object, nil), f.Fact, f.Fact))
	}
	for _, f := range pkgFacts {
		facts = append(facts, fmt.Sprintf("fact package %s: %T %v", f.Package.Path(), f.Fact, f.Fact))
	}
	slices.Sort(facts)
	for _, f := range facts {
		b.WriteString("\n" + f)
	}
	return b.String()
}

// roundTrip checks that act's facts, encoded as the cache keeps them and
// decoded into a seeded action on the same package, are equal to
// act's, but for those on objects that objectpath cannot name (see
// facts.go), which are dropped.
func roundTrip(t *testing.T, act *action) {
	t.Helper()
	if act.Err != nil || len(act.Analyzer.FactTypes) == 0 {
		return
	}
	kept, ok := encodeFacts([]*action{act})
	if !ok {
		t.Errorf("%s: its facts do not encode", act)
		return
	}
	back := &action{Analyzer: act.Analyzer, Package: act.Package}
	if err := back.seed(kept); err != nil {
		t.Errorf("%s: its facts do not decode: %v", act, err)
		return
	}
	var enc objectpath.Encoder
	want := 0
	for k, f := range act.objectFacts {
		if _, err := enc.For(k.obj); err != nil {
			continue
		}
		want++
		if g, ok := back.objectFacts[k]; !ok {
			t.Errorf("%s: fact %v on %v lost in the cache", act, f, k.obj)
		} else if !reflect.DeepEqual(g, f) {
			t.Errorf("%s: fact on %v is %#v, read back from the cache %#v", act, k.obj, f, g)
		}
	}
	if len(back.objectFacts) != want {
		t.Errorf("%s: %d object facts read back from the cache, %d kept", act, len(back.objectFacts), want)
	}
	if !reflect.DeepEqual(back.packageFacts, act.packageFacts) {
		t.Errorf("%s: package facts %v, read back from the cache %v", act, act.packageFacts, back.packageFacts)
	}
}
