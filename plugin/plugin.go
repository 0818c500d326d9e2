// Package plugin registers fnlint as a golangci-lint module plugin.
//
// Build a golangci-lint that includes it with `golangci-lint custom`
// (see .custom-gcl.yml and docs/golangci-lint.md), then enable it in
// .golangci.yml:
//
//	linters:
//	  enable:
//	    - fnlint
//	  settings:
//	    custom:
//	      fnlint:
//	        type: module
//	        settings:
//	          disable: [eagerinit]
//	          options:
//	            osexit.coldstart: "true"
//
// The settings use the command's names: analyzer names for enable and
// disable, and the analyzer flags without their dash for options.
// Unknown keys, analyzers and options are errors.
package plugin

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/model/funcmodel"
)

func init() {
	register.Plugin("fnlint", New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Enable, when not empty, lists the only analyzers to run.
	Enable []string `json:"enable"`
	// Disable lists analyzers not to run.
	Disable []string `json:"disable"`
	// Options sets analyzer options by flag name, "osexit.coldstart:
	// true", or nested by analyzer, "osexit: {coldstart: true}" (which is
	// how golangci-lint's configuration loader reads dotted keys).
	Options map[string]any `json:"options"`
}

type plugin struct {
	analyzers []*analysis.Analyzer
}

// New returns the plugin configured by the raw settings of .golangci.yml.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("fnlint plugin settings: %w (known keys: enable, disable, options)", err)
	}
	// Each instance has analyzers of its own, so that instances with
	// different settings in one process do not interfere.
	set := analyzers.New(funcmodel.Config{})
	byName := make(map[string]*analysis.Analyzer)
	var names []string
	for _, a := range set.Suite {
		byName[a.Name] = a
		names = append(names, a.Name)
	}
	for _, list := range [][]string{s.Enable, s.Disable} {
		for _, n := range list {
			if byName[n] == nil {
				return nil, fmt.Errorf("fnlint plugin settings: unknown analyzer %q (known: %s)", n, strings.Join(names, ", "))
			}
		}
	}
	if err := setOptions(set, s.Options); err != nil {
		return nil, err
	}
	var selected []*analysis.Analyzer
	for _, a := range set.Suite {
		if len(s.Enable) > 0 && !slices.Contains(s.Enable, a.Name) || slices.Contains(s.Disable, a.Name) {
			continue
		}
		selected = append(selected, a)
	}
	return &plugin{analyzers: selected}, nil
}

// flatten turns nested option maps into "analyzer.flag" keys.
func flatten(prefix string, options map[string]any, into map[string]string) {
	for k, v := range options {
		name := k
		if prefix != "" {
			name = prefix + "." + k
		}
		if nested, ok := v.(map[string]any); ok {
			flatten(name, nested, into)
			continue
		}
		into[name] = fmt.Sprint(v)
	}
}

// setOptions sets analyzer flags named "analyzer.flag".
func setOptions(set *analyzers.Set, raw map[string]any) error {
	options := make(map[string]string)
	flatten("", raw, options)
	flags := make(map[string]*flag.Flag)
	var known []string
	for _, a := range set.All() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := a.Name + "." + f.Name
			flags[name] = f
			known = append(known, name)
		})
	}
	keys := make([]string, 0, len(options))
	for k := range options {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		f, ok := flags[k]
		if !ok {
			return fmt.Errorf("fnlint plugin settings: unknown option %q (known: %s)", k, strings.Join(known, ", "))
		}
		if err := f.Value.Set(options[k]); err != nil {
			return fmt.Errorf("fnlint plugin settings: option %s: %w", k, err)
		}
	}
	return nil
}

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
