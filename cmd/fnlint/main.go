// Command fnlint reports Go code that breaks the rules of the serverless
// function execution environment (Cloud Run functions, AWS Lambda).
//
// Usage:
//
//	fnlint [flags] packages...
//	fnlint help [analyzer...]
//	fnlint lsp [flags]         (a language server on stdin and stdout)
//	fnlint config [flags] [dir] (the effective configuration of a directory)
//	go vet -vettool=$(command -v fnlint) packages...
//
// It follows the go/analysis conventions: diagnostics print as
// file:line:col: message (analyzer), on standard output with paths
// relative to the working directory (as staticcheck prints them; errors
// go to standard error), each related position below its finding as
// "  related: file:line:col: message", sorted by position, the same
// bytes on every run; -json prints the go/analysis JSON tree; -fix applies suggested
// fixes and -diff shows them; -NAME enables only the named analyzers and
// -NAME.option sets an analyzer's option; -cpuprofile and -memprofile
// write profiles of the run.
//
// -fix changes only the text its fixes replace and the import lines they
// leave unused, keeping a byte-order mark, line endings, the file's mode,
// owner and group. It leaves a file unchanged, and says why, when fixes
// in it conflict, when it is generated, read-only or outside the analyzed
// module (symbolic links included), when the result would not parse, or
// when the file changed after fnlint read it. It writes files atomically
// and prints the findings it did not fix; a second -fix changes nothing.
// With -fix the status is 3 when findings remain unfixed, 1 when a file
// could not be fixed.
//
// Exit status: 0 when no diagnostics were reported, 3 when some were, 1
// when packages could not be loaded or analyzed (the errors are printed,
// naming the package, and the packages that loaded are still analyzed),
// 2 for a bad command line: an unknown flag, contradicting flags (two of
// -json, -fix and -sarif, or -diff without -fix), an unknown command or
// help topic. With -json the status is 0 unless there were errors.
//
// A bare word that names no package and is one or two typos away from a
// command (a transposed "version") is refused as an unknown command; a word that
// names a package (fnlint log) is analyzed, as go vet analyzes it.
// fnlint -version prints what fnlint version prints.
//
// The configuration file, fnlint.toml, in a package's directory or its
// parents up to the module root, chooses the analyzers, their options,
// extra entry points and excluded paths per directory; every driver
// reads it (see internal/config), and flags override it.
//
// fnlint never uses the network: it loads packages with GOPROXY=off, so a
// dependency missing from the module cache is an error naming it (run
// go mod download all first).
//
// fnlint -sarif [analyzer flags] packages... writes a SARIF 2.1.0 log for
// code scanning to standard output instead, with paths relative to the
// root of the git repository; its status is 0 unless there were errors.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/lintcmd/lsp"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// runLSP runs the language server with the command's analyzer flags
// (fnlint lsp -h lists them) and returns its exit status; 2 for a bad
// command line.
func runLSP(args []string) int {
	fs := flag.NewFlagSet("fnlint lsp", flag.ContinueOnError)
	af := addAnalyzerFlags(fs)
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the session to this file when it ends")
	fs.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: fnlint lsp [flags]\n\n%s\nIt reads fnlint.toml as the command does, and takes the command's\nanalyzer flags, which override it:\n", subcommandHelp["lsp"])
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2 // the flag package said what is wrong
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "fnlint lsp: unexpected argument %q: the language server analyzes the packages of the documents the editor opens; it takes flags only (fnlint lsp -h)\n", fs.Arg(0))
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
	return lsp.ServeWith(context.Background(), stdio{}, selected, runOptions(set, selected), func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	})
}

// runConfig prints the effective configuration of a directory (the
// working directory by default), with the analyzer flags applied, as a
// fnlint.toml that gives it; it returns the exit status.
func runConfig(args []string) int {
	fs := flag.NewFlagSet("fnlint config", flag.ContinueOnError)
	af := addAnalyzerFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: fnlint config [flags] [dir]\n\n%s\nFlags:\n", subcommandHelp["config"])
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(os.Stderr, "fnlint config: one directory at most")
		return 2
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	abs, err := filepath.Abs(dir)
	if err == nil {
		var fi os.FileInfo
		if fi, err = os.Stat(abs); err == nil && !fi.IsDir() {
			err = fmt.Errorf("%s is not a directory", dir)
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint config: %v\n", err)
		return 2
	}
	set, _, err := af.selection(fs)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		return 1
	}
	c, err := set.Config(abs)
	if err != nil {
		fmt.Fprintf(os.Stderr, "fnlint config: %v\n", err)
		return 2
	}
	// Options given as flags override the files'.
	flagged := make(map[string]map[string]string)
	for _, a := range set.Suite {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if scaffold.Explicit(f) {
				if flagged[a.Name] == nil {
					flagged[a.Name] = make(map[string]string)
				}
				flagged[a.Name][f.Name] = f.Value.String()
			}
		})
	}
	fmt.Print(c.WithOptions(flagged).Describe(analyzers.Schema()))
	if entries, _ := funcmodel.Options(set.Model); len(entries) > 0 {
		fmt.Printf("# -funcmodel.entry overrides entry: %s\n", strings.Join(entries, ","))
	}
	return 0
}

func main() {
	args := os.Args[1:]
	if len(args) >= 1 && args[0] == "version" {
		if len(args) > 1 {
			fmt.Fprintf(os.Stderr, "fnlint: fnlint version takes no arguments\n")
			os.Exit(2)
		}
		fmt.Print(version())
		return
	}
	if len(args) >= 1 && args[0] == "help" {
		os.Exit(help(args[1:]))
	}
	if len(args) >= 1 && args[0] == "lsp" {
		os.Exit(runLSP(args[1:]))
	}
	if len(args) >= 1 && args[0] == "config" {
		os.Exit(runConfig(args[1:]))
	}
	if err := checkModule(args); err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		os.Exit(1)
	}
	// The configuration file, fnlint.toml, in a package's directory or its
	// parents up to the module root, chooses the analyzers, their options,
	// extra entry points and excluded paths per directory; every driver
	// reads it (see internal/config), and flags override it.
	//
	// fnlint never uses the network: the packages it loads come from the
	// module cache, or loading fails naming what is missing.
	if err := os.Setenv("GOPROXY", "off"); err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		os.Exit(1)
	}
	if err := mistypedCommand(args); err != nil {
		fmt.Fprintf(os.Stderr, "fnlint: %v\n", err)
		os.Exit(2)
	}
	if sarif, args := sarifRequested(args); sarif {
		for _, name := range []string{"json", "fix", "diff"} {
			if flagGiven(args, name) {
				fmt.Fprintf(os.Stderr, "fnlint: -sarif and -%s cannot be combined: -sarif writes the findings as a SARIF log, and only that\n", name)
				os.Exit(2)
			}
		}
		os.Exit(runSARIF(args))
	}
	if byMultichecker(args) {
		// go vet and go fix: multichecker parses the flags; the model
		// applies their selection after the configuration files', as
		// the command's does.
		set := analyzers.New(funcmodel.Config{Override: vetSelection(args, analyzers.Names())})
		multichecker.Main(set.All()...)
		return
	}
	os.Exit(runDriver(args))
}

// inModule reports whether the working directory or a parent holds a
// go.mod or go.work file, as the go command looks for them: the quick
// answer that spares starting the go command when it is yes.
func inModule() bool {
	dir, err := os.Getwd()
	if err != nil {
		return false
	}
	for {
		for _, name := range []string{"go.mod", "go.work"} {
			if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && !fi.IsDir() {
				return true
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
}

// stdio is the language server's stream: standard input and output.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
func (stdio) Close() error                { return os.Stdout.Close() }

// checkModule reports a clear error when relative package patterns are
// given in a directory that belongs to no module or workspace, where the
// go command's own message ("directory prefix . does not contain main
// module") followed by skipped analyses would confuse.
func checkModule(args []string) error {
	relative := false
	for _, a := range args {
		if a == "help" || strings.HasSuffix(a, ".cfg") || strings.HasPrefix(a, "-V") || a == "-flags" {
			return nil // help, or invoked by go vet
		}
		if strings.HasSuffix(a, ".go") {
			continue // a file, which go list finds or names
		}
		if a == "." || a == ".." || strings.HasPrefix(a, "./") || strings.HasPrefix(a, "../") {
			relative = true
			dir := strings.TrimSuffix(strings.TrimSuffix(a, "..."), "/")
			if dir == "" {
				dir = "."
			}
			if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
				return fmt.Errorf("pattern %s: no directory %s", a, dir)
			}
		}
	}
	if !relative {
		return nil
	}
	if inModule() {
		return nil
	}
	// Ask the go command, which knows every setting that selects a
	// module (GOFLAGS=-modfile, GOWORK) or GOPATH mode, before failing.
	out, err := exec.Command("go", "env", "GOMOD", "GOWORK", "GO111MODULE").Output()
	if err != nil {
		return fmt.Errorf("go env: %w (is the go command installed?)", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out))+"\n\n\n", "\n")
	gomod, gowork, mode := strings.TrimSpace(lines[0]), strings.TrimSpace(lines[1]), strings.TrimSpace(lines[2])
	if mode == "off" {
		return nil // GOPATH mode: the go command resolves the patterns in GOPATH
	}
	if (gomod == "" || gomod == os.DevNull) && (gowork == "" || gowork == "off") {
		wd, _ := os.Getwd()
		return fmt.Errorf("%s is not inside a Go module (no go.mod here or in a parent directory): run fnlint from your module's directory", wd)
	}
	return nil
}
