package plugin

import (
	"strings"
	"testing"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/analyzers/osexit"
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
	if as, _ := p.BuildAnalyzers(); len(as) != 1 || as[0].Name != "osexit" {
		t.Errorf("enable osexit built %v", as)
	}
	if got := funcmodel.Analyzer.Flags.Lookup("entry").Value.String(); got != "example.com/x.F" {
		t.Errorf("option not applied: %q", got)
	}
	_ = funcmodel.Analyzer.Flags.Set("entry", "")
	if got := osexit.Analyzer.Flags.Lookup("coldstart").Value.String(); got != "true" {
		t.Errorf("nested option not applied: %q", got)
	}
	_ = osexit.Analyzer.Flags.Set("coldstart", "false")

	for _, tc := range []struct {
		raw  map[string]any
		want string
	}{
		{map[string]any{"disabel": []string{"x"}}, `unknown field "disabel"`},
		{map[string]any{"disable": []string{"nosuch"}}, `unknown analyzer "nosuch"`},
		{map[string]any{"options": map[string]string{"osexit.nosuch": "1"}}, `unknown option "osexit.nosuch"`},
		{map[string]any{"options": map[string]string{"runtimeversion.today": "yesterday"}}, `option runtimeversion.today`},
	} {
		if _, err := New(tc.raw); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%v) = %v, want an error containing %q", tc.raw, err, tc.want)
		}
	}
}
