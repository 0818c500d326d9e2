package main

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/sarifout"
)

// sarifRequested reports whether the arguments ask for SARIF output, and
// returns them without that flag.
func sarifRequested(args []string) (bool, []string) {
	for i, a := range args {
		if a == "-sarif" || a == "--sarif" {
			return true, append(slices.Clone(args[:i]), args[i+1:]...)
		}
	}
	return false, args
}

// runSARIF analyzes the packages named by args and writes a SARIF 2.1.0
// log to standard output. It returns the exit status: 0 when the log was
// written (findings or not: code scanning judges them), 1 on errors.
func runSARIF(args []string) int {
	fs := flag.NewFlagSet("fnlint -sarif", flag.ContinueOnError)
	for _, a := range analyzers.All() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	if err := fs.Parse(args); err != nil {
		return 1
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: true}, patterns...)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		return 1
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(os.Stderr, "fnlint: %s matched no packages\n", strings.Join(patterns, " "))
		return 1
	}
	status := 0
	if packages.PrintErrors(pkgs) > 0 {
		status = 1
	}
	graph, err := checker.Analyze(analyzers.Suite, pkgs, nil)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		return 1
	}
	type key struct {
		analyzer, posn, message string
	}
	seen := make(map[key]bool)
	var diags []sarifout.Diagnostic
	for act := range graph.All() {
		if act.Err != nil {
			fmt.Fprintf(os.Stderr, "fnlint: %s: %v\n", act, act.Err)
			status = 1
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			k := key{act.Analyzer.Name, act.Package.Fset.Position(d.Pos).String(), d.Message}
			if seen[k] {
				continue // the package and its test variant
			}
			seen[k] = true
			diags = append(diags, sarifout.Diagnostic{Analyzer: act.Analyzer, Fset: act.Package.Fset, Diagnostic: d})
		}
	}
	slices.SortFunc(diags, func(a, b sarifout.Diagnostic) int {
		pa, pb := a.Fset.Position(a.Pos), b.Fset.Position(b.Pos)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Line, pb.Line),
			cmp.Compare(pa.Column, pb.Column), cmp.Compare(a.Analyzer.Name, b.Analyzer.Name))
	})
	report := sarifout.Report(analyzers.Suite, diags, repositoryRoot())
	if err := sarifout.Write(os.Stdout, report); err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: writing SARIF: %v\n", err)
		return 1
	}
	return status
}

// repositoryRoot returns the root of the git repository holding the
// working directory, or else the working directory.
func repositoryRoot() string {
	wd, _ := os.Getwd()
	if out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output(); err == nil {
		if root := strings.TrimSpace(string(out)); root != "" {
			return filepath.Clean(root)
		}
	}
	return wd
}
