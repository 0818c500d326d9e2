package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/lintcmd/sarifout"
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
// written (findings or not: code scanning judges them), 1 on errors
// (the log then says the run did not succeed, and why), 2 for a bad
// command line.
func runSARIF(args []string) int {
	fs := flag.NewFlagSet("fnlint -sarif", flag.ContinueOnError)
	af := addAnalyzerFlags(fs)
	if err := fs.Parse(args); err != nil {
		return 2 // the flag package said what is wrong
	}
	set, selected, err := af.selection(fs)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		return 1
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	in := sarifout.Input{Analyzers: set.Suite, Root: repositoryRoot(), Version: toolVersion()}
	opts := runOptions(set, selected)
	findings, errs, err := runner.RunWith(packages.Config{Tests: true}, patterns, selected, opts)
	af.warnDeployments(os.Stderr)
	switch {
	case badCommandLine(err):
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		return 2
	case err != nil:
		in.Errors = []string{err.Error()}
	default:
		in.Errors = errs
		if hint := remedy(errs); hint != "" {
			in.Hints = []string{hint}
		}
	}
	status := 0
	for _, e := range in.Errors {
		fmt.Fprintf(os.Stderr, "fnlint: %s\n", e)
		status = 1
	}
	in.Diagnostics = make([]sarifout.Diagnostic, len(findings))
	for i, f := range findings {
		in.Diagnostics[i] = sarifout.Diagnostic{Analyzer: f.Analyzer, Fset: f.Fset, Pkg: f.Pkg, Diagnostic: f.Diagnostic}
		in.Read = f.Sources.Content // one run: the same for every finding
	}
	if err := sarifout.Write(os.Stdout, sarifout.Report(in)); err != nil {
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
