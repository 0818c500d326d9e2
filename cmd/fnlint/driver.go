package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/types"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// byMultichecker reports whether the invocation is one that
// multichecker handles: the go vet and go fix protocol (-V=full,
// -flags, a .cfg file).
func byMultichecker(args []string) bool {
	for _, a := range args {
		if strings.HasSuffix(a, ".cfg") || strings.HasPrefix(a, "-V") || a == "-flags" {
			return true
		}
	}
	return false
}

// runDriver analyzes the packages named by args and prints or applies
// the findings; it returns the exit status (0 clean, 3 findings, 1
// errors, 2 a bad command line; with -json, 0 unless errors; with -fix,
// 3 when findings remain unfixed, which it prints, 0 when it fixed them
// all).
func runDriver(args []string) int {
	fs := flag.NewFlagSet("fnlint", flag.ContinueOnError)
	jsonOut := fs.Bool("json", false, "emit the go/analysis JSON tree")
	fix := fs.Bool("fix", false, "apply the suggested fixes")
	diff := fs.Bool("diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	tests := fs.Bool("test", true, "also analyze test variants of the packages")
	tags := fs.String("tags", "", "comma-separated build tags")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	memprofile := fs.String("memprofile", "", "write a memory profile to this file")
	baselineFile := fs.String("baseline", "", "report only the findings whose fingerprint is not in this `file` (written by -baseline-write)")
	baselineWrite := fs.String("baseline-write", "", "write the fingerprints of the current findings to this `file` and report none")
	for _, name := range []string{"debug", "trace"} {
		fs.String(name, "", "accepted for compatibility; no effect")
	}
	showVersion := fs.Bool("version", false, "print the version, as fnlint version does, and exit")
	fs.Bool("v", false, "accepted for compatibility; no effect")
	fs.Int("c", -1, "accepted for compatibility; no effect")
	af := addAnalyzerFlags(fs)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage(fs, af.names())) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2 // the flag package said what is wrong
	}
	if *showVersion {
		fmt.Print(version())
		return 0
	}
	if msg := contradiction(*jsonOut, *fix, *diff); msg != "" {
		fmt.Fprintf(os.Stderr, "fnlint: %s\n", msg)
		return 2
	}
	if (*jsonOut || *fix) && *baselineWrite != "" {
		fmt.Fprintln(os.Stderr, "fnlint: -baseline-write writes the findings to a baseline and reports none: it cannot be combined with -json or -fix")
		return 2
	}
	var baseline map[string]bool
	if *baselineFile != "" {
		var err error
		if baseline, err = readBaseline(*baselineFile); err != nil {
			fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
			return 2
		}
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "fnlint: no packages named: run fnlint ./... to analyze the module in this directory, or fnlint help")
		return 2
	}
	set, selected, err := af.selection(fs)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		return 1
	}
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
			return 1
		}
		defer stop()
	}
	if *memprofile != "" {
		defer writeMemProfile(*memprofile)
	}
	cfg := packages.Config{Tests: *tests}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	opts := runOptions(set, selected)
	// The text and -json output need no types of the findings: a run
	// over code unchanged since the last one is answered from the cache.
	// -funcmodel.entry values are checked against the loaded packages;
	// the files -deploy names are not among those the cache's key
	// hashes (deployment files found, or named by fnlint.toml, are).
	// A baseline's fingerprints name the function enclosing each
	// finding, which takes the types.
	opts.CacheFindings = !*fix && len(flaggedEntries(set)) == 0 && len(funcmodel.DeployFiles(set.Model)) == 0 &&
		baseline == nil && *baselineWrite == ""
	findings, errs, err := runner.RunWith(cfg, fs.Args(), selected, opts)
	af.warnDeployments(os.Stderr)
	if badCommandLine(err) {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		return 2 // a flag or the configuration names nothing, or a malformed configuration
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		return 1
	}
	status := 0
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, e)
		status = 1
	}
	if hint := remedy(errs); hint != "" {
		fmt.Fprintln(os.Stderr, hint)
	}
	if *baselineWrite != "" {
		if err := writeBaseline(*baselineWrite, repositoryRoot(), findings); err != nil {
			fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "fnlint: %s: the fingerprints of %d findings written\n", *baselineWrite, len(findings))
		return status
	}
	if baseline != nil {
		findings = withoutBaseline(repositoryRoot(), findings, baseline)
	}
	switch {
	case *fix:
		unfixed, ok := applyFixes(findings, *diff)
		if !ok {
			status = 1
		}
		// With -diff, standard output is the patch: what remains goes
		// beside it, to standard error.
		out := os.Stdout
		if *diff {
			out = os.Stderr
		}
		printFindings(out, unfixed)
		if status == 0 && len(unfixed) > 0 {
			status = 3
		}
	case *jsonOut:
		if err := printJSON(findings); err != nil {
			fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
			return 1
		}
	default:
		printFindings(os.Stdout, findings)
		if status == 0 && len(findings) > 0 {
			status = 3
		}
	}
	return status
}

// contradiction returns why the output flags cannot be combined, or "".
func contradiction(jsonOut, fix, diff bool) string {
	switch {
	case jsonOut && fix:
		return "-json and -fix cannot be combined: -json prints the findings and their fixes, -fix applies them; run one, then the other"
	case diff && !fix:
		return "-diff shows what -fix would change: run fnlint -fix -diff"
	}
	return ""
}

// flagGiven reports whether args set the boolean flag name (-name,
// --name, -name=true) before a "--".
func flagGiven(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		n, v, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if n != name {
			continue
		}
		if on, err := strconv.ParseBool(v); !hasValue || err != nil || on {
			return true
		}
	}
	return false
}

// printJSON prints the go/analysis JSON tree: package ID -> analyzer ->
// diagnostics.
func printJSON(findings []runner.Finding) error {
	type jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	type jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	type jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end,omitempty"`
		Message string `json:"message"`
	}
	type jsonDiag struct {
		Posn    string        `json:"posn"`
		End     string        `json:"end,omitempty"`
		Message string        `json:"message"`
		Fixes   []jsonFix     `json:"suggested_fixes,omitempty"`
		Related []jsonRelated `json:"related,omitempty"`
	}
	tree := make(map[string]map[string][]jsonDiag)
	for _, f := range findings {
		d := jsonDiag{Posn: f.Position().String(), Message: f.Message}
		if f.End.IsValid() {
			d.End = f.Fset.Position(f.End).String()
		}
		for _, sf := range f.SuggestedFixes {
			jf := jsonFix{Message: sf.Message}
			for _, e := range sf.TextEdits {
				p, q := f.Fset.PositionFor(e.Pos, false), f.Fset.PositionFor(e.End, false) // edits apply to the file read, whatever //line says
				jf.Edits = append(jf.Edits, jsonEdit{p.Filename, p.Offset, q.Offset, string(e.NewText)})
			}
			d.Fixes = append(d.Fixes, jf)
		}
		for _, rel := range f.Related {
			r := jsonRelated{Posn: f.Fset.Position(rel.Pos).String(), Message: rel.Message}
			if rel.End.IsValid() {
				r.End = f.Fset.Position(rel.End).String()
			}
			d.Related = append(d.Related, r)
		}
		if tree[f.PkgID] == nil {
			tree[f.PkgID] = make(map[string][]jsonDiag)
		}
		tree[f.PkgID][f.Analyzer.Name] = append(tree[f.PkgID][f.Analyzer.Name], d)
	}
	out, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(os.Stdout, "%s\n", out)
	return err
}

// startCPUProfile starts writing a CPU profile to path and returns the
// function that stops it.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		return nil, errors.Join(err, f.Close())
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		}
	}, nil
}

// writeMemProfile writes a heap profile to path.
func writeMemProfile(path string) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
	}
}

// runOptions returns the runner's options for the selected analyzers of
// set: full source when -funcmodel.deps models the dependencies, the
// same selection, with the same flags, over a model that knows the
// entry points registered from other packages, and the check that each
// -funcmodel.entry names a function of the loaded packages.
func runOptions(set *analyzers.Set, selected []*analysis.Analyzer) runner.Options {
	var names []string
	for _, a := range selected {
		names = append(names, a.Name)
	}
	entries, deps := funcmodel.Options(set.Model)
	from := ""
	if len(entries) == 0 { // the flag overrides the file
		entries, from = configEntries(set)
	}
	return runner.Options{
		Config:     set.Config,
		FullSource: deps,
		CacheDir:   runner.CacheDir(),
		BuildCache: os.Getenv("FNLINT_BUILDCACHE") != "off",
		Rebuild: func(cfg funcmodel.Config) ([]*analysis.Analyzer, error) {
			with, err := set.With(cfg)
			if err != nil {
				return nil, err
			}
			return with.Select(names), nil
		},
		Loaded: func(pkgs []*types.Package) error {
			check := funcmodel.CheckEntries
			if from != "" {
				check = funcmodel.CheckLoadedEntries
			}
			if err := check(entries, pkgs); err != nil {
				if from != "" {
					err = fmt.Errorf("%s: entry: %w", from, err)
				}
				return &entryError{err}
			}
			return nil
		},
	}
}

// flaggedEntries returns the -funcmodel.entry values.
func flaggedEntries(set *analyzers.Set) []string {
	entries, _ := funcmodel.Options(set.Model)
	return entries
}

// An entryError says that a -funcmodel.entry value names no function of
// the loaded packages: a bad command line (exit status 2), found only
// once the packages are loaded.
type entryError struct{ err error }

func (e *entryError) Error() string { return e.err.Error() }

// notDownloaded are the go command's words for a module that is required
// but not in the module cache, as it says them when loading offline.
var notDownloaded = []string{
	"module lookup disabled by GOPROXY=off",
	"missing go.sum entry",
	"no required module provides package",
	"not in the module cache",
}

// remedy returns what to run when the load errors say that dependencies
// are not downloaded, or "": fnlint loads packages offline, so it says
// how to fetch them rather than fetching them itself.
func remedy(errs []string) string {
	for _, e := range errs {
		for _, words := range notDownloaded {
			if strings.Contains(e, words) {
				return "fnlint: the module's dependencies are not all downloaded (fnlint never uses the network): run `go mod download all` in the module (all: its tests' dependencies too, which fnlint loads; `go mod tidy` first if go.sum lacks entries), then run fnlint again"
			}
		}
	}
	return ""
}
