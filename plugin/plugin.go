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
// The settings are those of a fnlint.toml (see fnlint help config) that
// applies above every file, as the command's flags do: analyzers (items
// as a fnlint.toml's: NAME, -NAME, all, -all), entry (the extra entry
// points), deploy (deployment descriptors, as fnlint -deploy) and options (by analyzer, or as "analyzer.option" keys: the
// command's flags without their dash); enable (the only analyzers to
// run) and disable are the command's -NAME and -NAME=false. The
// fnlint.toml files of the packages' directories apply as in every other
// driver, under these settings. Paths are excluded with golangci-lint's
// own linters.exclusions.paths, or a fnlint.toml's exclude. Unknown
// keys, analyzers and options are errors.
package plugin

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/model/funcmodel"
)

func init() {
	register.Plugin("fnlint", New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Analyzers is a selection as a fnlint.toml's analyzers list,
	// applied after every file's.
	Analyzers []string `json:"analyzers"`
	// Entry lists extra entry points, as -funcmodel.entry.
	Entry []string `json:"entry"`
	// Deploy lists deployment descriptors to read, as -deploy: absolute,
	// or relative to golangci-lint's working directory.
	Deploy []string `json:"deploy"`
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
		return nil, fmt.Errorf("fnlint plugin settings: %w (known keys: analyzers, entry, deploy, options, enable, disable)", err)
	}
	// Each instance has analyzers of its own, so that instances with
	// different settings in one process do not interfere.
	values := make(map[string]bool)
	for _, n := range s.Disable {
		values[n] = false
	}
	for _, n := range s.Enable {
		values[n] = true
	}
	var ops []string
	if len(s.Enable) > 0 {
		ops = append([]string{"-all"}, s.Enable...)
	}
	for _, n := range s.Disable {
		ops = append(ops, "-"+n)
	}
	ops = append(ops, s.Analyzers...)
	set := analyzers.New(funcmodel.Config{Override: ops})
	byName := make(map[string]*analysis.Analyzer)
	var names []string
	for _, a := range set.Suite {
		byName[a.Name] = a
		names = append(names, a.Name)
	}
	for _, list := range [][]string{s.Enable, s.Disable, s.Analyzers} {
		for _, op := range list {
			if n := strings.TrimPrefix(op, "-"); n != "all" && byName[n] == nil {
				return nil, fmt.Errorf("fnlint plugin settings: unknown analyzer %q (known: %s)", strings.TrimPrefix(op, "-"), strings.Join(names, ", "))
			}
		}
	}
	if err := setOptions(set, s.Options); err != nil {
		return nil, err
	}
	if len(s.Entry) > 0 {
		if err := set.Model.Flags.Set("entry", strings.Join(s.Entry, ",")); err != nil {
			return nil, fmt.Errorf("fnlint plugin settings: entry: %w", err)
		}
	}
	if len(s.Deploy) > 0 {
		if err := set.Model.Flags.Set("deploy", strings.Join(s.Deploy, ",")); err != nil {
			return nil, fmt.Errorf("fnlint plugin settings: deploy: %w", err)
		}
	}
	// An analyzer the settings turn off is off in every directory,
	// whatever the files say: it is not run.
	suite := make(config.Schema)
	for _, a := range set.Suite {
		suite[a.Name] = nil
	}
	on := config.Default.Override(ops, suite)
	var selected []*analysis.Analyzer
	for _, a := range set.Suite {
		if on.Enabled(a.Name) {
			selected = append(selected, a)
		}
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
