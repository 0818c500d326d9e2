package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// analyzerFlags are the flags that choose the analyzers and set their
// options, which the command, fnlint -sarif, fnlint lsp and fnlint
// config take alike: -NAME and -NAME=false for each analyzer of the
// suite, and -ANALYZER.OPTION for each option (the model's included).
type analyzerFlags struct {
	set    *analyzers.Set
	enable map[string]*bool
	// deployments reads the deployment files for the suite's model;
	// what it could not read is told after the run (warnDeployments).
	deployments *funcmodel.Deployments
}

// addAnalyzerFlags declares the analyzer flags on fs, bound to a new
// instance of the suite.
func addAnalyzerFlags(fs *flag.FlagSet) *analyzerFlags {
	d := funcmodel.NewDeployments()
	af := &analyzerFlags{set: analyzers.New(funcmodel.Config{Deployments: d}), enable: make(map[string]*bool), deployments: d}
	for _, a := range af.set.Suite {
		af.enable[a.Name] = fs.Bool(a.Name, false, "enable "+a.Name+" analysis")
	}
	for _, a := range af.set.All() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	// -deploy is -funcmodel.deploy: the deployment is the command's
	// business as much as the model's.
	deploy := af.set.Model.Flags.Lookup("deploy")
	fs.Var(deploy.Value, "deploy", deploy.Usage)
	return af
}

// names returns the names of the suite's analyzers.
func (af *analyzerFlags) names() []string {
	var names []string
	for _, a := range af.set.Suite {
		names = append(names, a.Name)
	}
	return names
}

// selection applies the -NAME flags of fs, once parsed, as multichecker
// does: when some are true, only those run; otherwise all but those set
// false. It returns the suite, whose model applies the same selection
// after the configuration files' (flags override the files: -NAME runs
// NAME where a file turns it off), and the analyzers to run.
func (af *analyzerFlags) selection(fs *flag.FlagSet) (*analyzers.Set, []*analysis.Analyzer, error) {
	given := make(map[string]bool)
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	values := make(map[string]bool)
	for name, on := range af.enable {
		if given[name] {
			values[name] = *on
		}
	}
	ops := selectionOps(af.names(), values)
	set, err := af.set.Selecting(ops)
	if err != nil {
		return nil, nil, err
	}
	var selected []*analysis.Analyzer
	for _, a := range set.Suite {
		if on, ok := values[a.Name]; ok && on || !ok && (len(ops) == 0 || ops[0] != "-all") {
			selected = append(selected, a)
		}
	}
	return set, selected, nil
}

// selectionOps returns the selection that -NAME flags make, as a
// configuration file's analyzers list: given the values of the -NAME
// flags given (in names' order), ["-all", NAME...] when some are true,
// else ["-NAME"...] for those set false.
func selectionOps(names []string, values map[string]bool) []string {
	var on, off []string
	for _, n := range names {
		v, ok := values[n]
		switch {
		case ok && v:
			on = append(on, n)
		case ok:
			off = append(off, "-"+n)
		}
	}
	if len(on) > 0 {
		return append([]string{"-all"}, on...)
	}
	return off
}

// vetSelection returns the selection that the -NAME flags among args
// make, for go vet's invocations, whose flags multichecker parses.
func vetSelection(args []string, names []string) []string {
	values := make(map[string]bool)
	for _, a := range args {
		if a == "--" {
			break
		}
		n, v, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") {
			continue
		}
		on := true
		if hasValue {
			b, err := strconv.ParseBool(v)
			if err != nil {
				continue
			}
			on = b
		}
		for _, name := range names {
			if n == name {
				values[n] = on
			}
		}
	}
	return selectionOps(names, values)
}

// configEntries returns the entry points that the configuration of the
// working directory's module gives, and the file that gives them.
func configEntries(set *analyzers.Set) ([]string, string) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, ""
	}
	c, err := set.Config(wd)
	if err != nil || len(c.Entry) == 0 || len(c.Files) == 0 {
		return nil, "" // a malformed file is reported by the run
	}
	return c.Entry, c.Files[0]
}

// badCommandLine reports whether err, from a run, says that the command
// line or the configuration is wrong (exit status 2): a -funcmodel.entry
// or an entry of the configuration that names no function, or a
// malformed configuration file.
func badCommandLine(err error) bool {
	var bad *entryError
	var conf *config.Error
	return errors.As(err, &bad) || errors.As(err, &conf)
}

// warnDeployments tells on w what the last run could not read in the
// deployment files (a malformed template, a file -deploy names that is
// no deployment file), each as file:line: message with the file relative
// to the working directory: the analysis went on without it.
func (af *analyzerFlags) warnDeployments(w io.Writer) {
	wd, _ := os.Getwd()
	for _, e := range af.deployments.Errors() {
		_, _ = fmt.Fprintf(w, "fnlint: warning: deployment file %s: %s; analyzing without it\n", shortPosition(wd, e.Pos.String()), e.Msg)
	}
}
