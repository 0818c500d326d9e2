package plugin

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/model/funcmodel"
)

func TestSettings(t *testing.T) {
	p, err := New(map[string]any{"disable": []string{"eagerinit", "tmpfile"}})
	if err != nil {
		t.Fatal(err)
	}
	as, _ := p.BuildAnalyzers()
	for _, a := range as {
		if a.Name == "eagerinit" || a.Name == "tmpfile" {
			t.Errorf("disabled analyzer %s is built", a.Name)
		}
	}
	if p.GetLoadMode() != "typesinfo" {
		t.Errorf("load mode %s", p.GetLoadMode())
	}
	p, err = New(map[string]any{"enable": []string{"osexit"}, "options": map[string]any{
		"funcmodel.entry": "example.com/x.F",
		"osexit":          map[string]any{"coldstart": true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	as, _ = p.BuildAnalyzers()
	if len(as) != 1 || as[0].Name != "osexit" {
		t.Fatalf("enable osexit built %v", as)
	}
	if got := as[0].Requires[0].Flags.Lookup("entry").Value.String(); got != "example.com/x.F" {
		t.Errorf("option not applied: %q", got)
	}
	if got := as[0].Flags.Lookup("coldstart").Value.String(); got != "true" {
		t.Errorf("nested option not applied: %q", got)
	}
	for _, a := range []*analysis.Analyzer{funcmodel.Analyzer, osexit.Analyzer} {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if f.Value.String() != f.DefValue {
				t.Errorf("the plugin set the package-level flag %s.%s", a.Name, f.Name)
			}
		})
	}

	for _, tc := range []struct {
		raw  map[string]any
		want string
	}{
		{map[string]any{"disabel": []string{"x"}}, `unknown field "disabel"`},
		{map[string]any{"disable": []string{"nosuch"}}, `unknown analyzer "nosuch"`},
		{map[string]any{"options": map[string]string{"osexit.nosuch": "1"}}, `unknown option "osexit.nosuch"`},
		{map[string]any{"options": map[string]string{"runtimeversion.today": "yesterday"}}, `option runtimeversion.today`},
		{map[string]any{"options": map[string]string{"funcmodel.entry": "Handle"}}, `option funcmodel.entry: "Handle" is not importpath.Func or importpath.Type.Method`},
	} {
		if _, err := New(tc.raw); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%v) = %v, want an error containing %q", tc.raw, err, tc.want)
		}
	}
}

// TestInstances runs two plugin instances with different settings in one
// process: each keeps its own.
func TestInstances(t *testing.T) {
	osexitOf := func(options map[string]any) *analysis.Analyzer {
		p, err := New(map[string]any{"enable": []string{"osexit"}, "options": options})
		if err != nil {
			t.Fatal(err)
		}
		as, _ := p.BuildAnalyzers()
		return as[0]
	}
	strict := osexitOf(map[string]any{"osexit.coldstart": true, "osexit.panic": true})
	lenient := osexitOf(map[string]any{"osexit.coldstart": false, "osexit.panic": false})
	// osexit's ./flagged testdata expects both options on.
	analysistest.Run(t, filepath.Join("..", "analyzers", "osexit", "testdata"), strict, "./flagged")
	res := analysistest.Run(discard{t}, filepath.Join("..", "analyzers", "osexit", "testdata"), lenient, "./flagged")
	n := 0
	for _, r := range res {
		n += len(r.Diagnostics)
	}
	if n != 0 {
		t.Errorf("the lenient instance reported %d diagnostics on ./flagged, which has only cold-start exits and handler panics: the strict instance's settings leaked", n)
	}
}

// discard ignores analysistest's complaints about expectations that the
// lenient instance does not meet on purpose.
type discard struct{ *testing.T }

func (discard) Errorf(format string, args ...any) {}

// TestSettingsSchema checks the settings that map onto fnlint.toml's
// schema: analyzers, as a file's list, entry and deploy.
func TestSettingsSchema(t *testing.T) {
	p, err := New(map[string]any{"analyzers": []string{"-all", "osexit", "tmpfile", "-tmpfile"}, "entry": []string{"example.com/x.F"}, "deploy": []string{"/srv/fn/template.yaml"}})
	if err != nil {
		t.Fatal(err)
	}
	as, _ := p.BuildAnalyzers()
	if len(as) != 1 || as[0].Name != "osexit" {
		t.Fatalf("analyzers [-all osexit tmpfile -tmpfile] built %v", as)
	}
	if got := as[0].Requires[0].Flags.Lookup("entry").Value.String(); got != "example.com/x.F" {
		t.Errorf("entry not applied: %q", got)
	}
	if got := as[0].Requires[0].Flags.Lookup("deploy").Value.String(); got != "/srv/fn/template.yaml" {
		t.Errorf("deploy not applied: %q", got)
	}
	if _, err := New(map[string]any{"analyzers": []string{"-osexti"}}); err == nil || !strings.Contains(err.Error(), `unknown analyzer "osexti"`) {
		t.Errorf("analyzers [-osexti]: error %v", err)
	}
}
