package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/fnlint/fnlint/analyzers"
)

// commandHelp is the part of the usage that no flag set holds.
const commandHelp = `usage: fnlint [flags] [packages]     report what breaks the rules of the function platform
       fnlint -fix [-diff] [packages]   apply (or show) the suggested fixes
       fnlint -sarif [packages]         write a SARIF 2.1.0 log for code scanning
       fnlint lsp [flags]               run the language server on standard input and output
       fnlint config [flags] [dir]      print the effective configuration of a directory
       fnlint help [NAME...]            this text, or an analyzer's or command's documentation
       fnlint version                   the version and the revision it was built from
       go vet -vettool=$(command -v fnlint) [packages]

Output: file:line:col: message (analyzer) on standard output, paths
relative to the working directory, each related position below its
finding as "  related: file:line:col: message"; errors go to standard
error (with -fix -diff, the patch is standard output and the findings
left unfixed go to standard error). -json prints the go/analysis JSON
tree on standard output. -json, -fix and -sarif each choose what to do
with the findings: combining two of them, or -diff without -fix, is
refused.

Exit status: 0 nothing reported; 3 findings reported; 1 packages could not
be loaded or analyzed, or a file could not be fixed; 2 a bad command line
(an unknown flag or bad value, contradicting flags, no packages, an unknown
command or help topic, a -funcmodel.entry naming no function of the
packages analyzed). With -fix (or -fix -diff): 3 when findings remain that
it did not fix (it prints them), 0 when none remain. With -json or
-sarif: 0 unless errors.

Analyzers: %s.
Silence a deliberate case with //fnlint:ignore ANALYZER reason.

Choosing analyzers: -NAME runs only the analyzers so named (-a -b: a and
b); -NAME=false runs all but those. -ANALYZER.OPTION sets an option.

Configuration: a fnlint.toml in a package's directory or a parent, up to
the module root, chooses the analyzers, their options, extra entry points
and excluded paths for that directory and below, each file inheriting its
parent's (fnlint help config). Every driver reads it: the command, go vet
-vettool, fnlint lsp, the golangci-lint plugin. Flags override it.

Deployment files: SAM and CloudFormation templates, serverless.yml, Terraform
and gcloud command lines, found from the module root up to the repository's or
named with -deploy, say which code runs where, on which runtime, with which
event source mappings (fnlint help deploy).

Flags:
`

// usage returns the command's help: the commands, the output and exit
// statuses, and the flags that act (those accepted only for go vet's
// sake are hidden).
func usage(fs *flag.FlagSet, analyzerNames []string) string {
	var w strings.Builder
	fmt.Fprintf(&w, commandHelp, strings.Join(analyzerNames, ", "))
	fs.VisitAll(func(f *flag.Flag) {
		if strings.HasPrefix(f.Usage, "accepted for compatibility") {
			return
		}
		name, text := flag.UnquoteUsage(f)
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		fmt.Fprintf(&w, "%s\n    \t%s", line, text)
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(&w, " (default %s)", f.DefValue)
		}
		w.WriteString("\n")
	})
	return w.String()
}

// subcommandHelp documents the commands that are not analyzers, for
// fnlint help NAME.
var subcommandHelp = map[string]string{
	"lsp": "fnlint lsp runs fnlint's language server on standard input and output, next to gopls:\n" +
		"on open and save of a Go file it analyzes the file's package and publishes fnlint's\n" +
		"diagnostics, with each suggested fix as a quick-fix code action. It reads fnlint.toml\n" +
		"and takes the command's analyzer flags (-NAME, -NAME=false, -ANALYZER.OPTION), which\n" +
		"override the file; fnlint lsp -h lists them. See docs/editors.md.\n",
	"config": configHelp,
	"deploy": deployHelp,
	"help": "fnlint help prints the commands, the exit statuses and the flags; fnlint help NAME...\n" +
		"prints the documentation and flags of the named analyzers, or of one command.\n",
	"version": "fnlint version (or fnlint -version) prints fnlint's module version, the VCS revision it was built from\n" +
		"(when the build recorded it) and the Go version.\n",
}

// commands are the words fnlint takes as a command, not a package.
var commands = []string{"config", "help", "lsp", "version"}

// deployHelp documents what fnlint reads of the deployment files, for
// fnlint help deploy.
const deployHelp = `fnlint reads the files that deploy the module's functions, to learn what the code
alone cannot tell: which code the platform runs, on which runtime, with which event
source mappings and Function URLs. Without such files fnlint works as it always does.

Found from the module root (its directory tree, skipping vendor, testdata and hidden
directories) and in each directory up to the repository root, with its
.github/workflows (a module in no repository is read alone):
  - AWS SAM and CloudFormation templates (template.yaml, or any YAML or JSON file
    that declares AWSTemplateFormatVersion, AWS::Serverless or AWS::Lambda::
    resources), Globals included;
  - serverless.yml (provider and function settings, sqs and stream events);
  - Terraform (*.tf): aws_lambda_function, aws_lambda_event_source_mapping,
    aws_lambda_function_url, google_cloudfunctions_function and
    google_cloudfunctions2_function, the terraform-aws-modules/lambda module;
  - gcloud functions deploy and gcloud run deploy --function command lines in
    shell scripts, Makefiles, cloudbuild.yaml and GitHub workflows.
-deploy=FILE,... (or deploy = ["FILE", ...] in the module root's fnlint.toml,
relative to it) names more files, wherever they are. What cannot be read
statically (a variable, a ${...}, an intrinsic function) is unknown and never
guessed. A file that does not parse is a warning naming the file and line; the
rest, and the Go code, are analyzed all the same.

What it changes:
  - entry points: a package whose directory a Cloud Run function deploys (its
    --source, source archive) and whose exported function its entry point names
    is an entry point of the kind its trigger and signature agree on, wherever
    the package is in the module; the handlers of a Lambda main package whose
    directory a function's code names (CodeUri, source directory) are tied to it;
  - runtimeversion: the runtime the deployment sets (Lambda's go1.x, provided and
    provided.al2 by AWS's dates, a Cloud Run function's go1XX by the platform's),
    and a go directive newer than the deployed Cloud Run runtime, reported at the
    runtime setting; the go directive is not judged for functions whose deployed
    runtime is known;
  - batchfailure: a handler returning a batch response under an event source
    mapping without ReportBatchItemFailures (reported at the mapping), and one
    returning only an error under a mapping that enables it;
  - registration: a streaming handler (lambdaurl) behind a Function URL that is
    not RESPONSE_STREAM;
  - envvar: a variable Lambda reserves (AWS_REGION, _HANDLER, ...) set by the
    deployment, which Lambda rejects.
Findings in deployment files are silenced with a comment on their line or the line
above: # fnlint:ignore ANALYZER reason.
`

// configHelp documents the configuration file, for fnlint help config.
const configHelp = `fnlint config [flags] [dir] prints the effective configuration of a directory (the
working directory by default), as a fnlint.toml that gives it, with the analyzer flags
applied.

The configuration file is fnlint.toml. The files in a package's directory and its
parents, up to the module root (the directory of go.mod), apply to it, the root's
first; each inherits its parent's settings and overrides them:

    # Which analyzers report: each item applies, in order, to the parent's
    # selection (all at the module root): NAME on, -NAME off, all, -all.
    analyzers = ["-eagerinit"]

    # Files whose findings are dropped: globs relative to this file's
    # directory; * within a path element, ** across them; a directory
    # matches everything below it.
    exclude = ["testdata", "internal/gen/**/*.go"]

    # Extra entry points, as -funcmodel.entry takes them. Module-wide:
    # only in the module root's file (elsewhere it is an error).
    entry = ["cloudrun:example.com/fn.Handle"]

    # Deployment files to read besides those found (fnlint help deploy),
    # relative to this file. Module-wide, as entry.
    deploy = ["../infra/main.tf"]

    # Analyzer options, as -ANALYZER.OPTION flags.
    [options.osexit]
    coldstart = true

Settings apply per package, by the package's directory. An analyzer turned off
still runs where other packages need its facts; its findings there are dropped.
(ignoredirective, which judges the directives themselves, is chosen by flags only.)
Flags override the file: -ANALYZER.OPTION in every directory, -NAME (only these)
and -NAME=false after every file's selection, -funcmodel.entry instead of entry.
A malformed file is an error naming the file and line (exit status 2).
`

// help prints the help on topics (fnlint help TOPIC...) and returns the
// exit status: the usage for none, a command's help for one command, the
// analyzers' documentation and flags for analyzers, and status 2, with
// what exists, for a topic that is neither.
func help(topics []string) int {
	if len(topics) == 0 {
		return runDriver([]string{"-h"})
	}
	if len(topics) == 1 && subcommandHelp[topics[0]] != "" {
		fmt.Print(subcommandHelp[topics[0]])
		return 0
	}
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	for _, t := range topics {
		if slices.Contains(names, t) {
			continue
		}
		msg := fmt.Sprintf("fnlint help: no command or analyzer named %q", t)
		if subcommandHelp[t] != "" {
			msg = fmt.Sprintf("fnlint help: %s is a command: run fnlint help %s alone", t, t)
		} else if near := nearest(t, append(slices.Clone(commands), names...)); near != "" {
			msg += fmt.Sprintf("; did you mean %s?", near)
		}
		fmt.Fprintf(os.Stderr, "%s\ncommands: %s\nanalyzers: %s\n", msg, strings.Join(commands, ", "), strings.Join(names, ", "))
		return 2
	}
	multichecker.Main(analyzers.All()...) // reads os.Args: fnlint help NAME...
	return 0
}

// nearest returns the word among candidates that name is a likely typo
// of (at most one edit, two for names of five letters or more, an edit
// being an insertion, deletion, substitution or swap of neighbours), or
// "".
func nearest(name string, candidates []string) string {
	best, bestDist := "", 3
	for _, c := range candidates {
		limit := 1
		if len(c) >= 5 {
			limit = 2
		}
		if d := editDistance(name, c); d <= limit && d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance returns the optimal string alignment distance of a and b:
// the edits (insert, delete, substitute a byte, swap two neighbours) that
// turn one into the other.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// mistypedCommand returns an error when the first argument looks like a
// mistyped command rather than a package: a bare word (no path, no
// pattern, no flag) close to a command's name that names no package the
// go command can find. go vet takes bare words as import paths, and so
// does fnlint: fnlint log analyzes package log, and so would a
// mistyped command name if a package of that name existed.
func mistypedCommand(args []string) error {
	if len(args) == 0 || !bareWord(args[0]) || slices.Contains(commands, args[0]) {
		return nil
	}
	near := nearest(args[0], commands)
	if near == "" {
		return nil
	}
	out, err := exec.Command("go", "list", "-e", "-find", "-f", "{{if .Error}}unresolved{{end}}", "--", args[0]).Output()
	if err != nil {
		return nil //nolint:nilerr // the go command will say what is wrong when it loads the pattern
	}
	if strings.TrimSpace(string(out)) != "unresolved" {
		return nil // a package
	}
	return fmt.Errorf("unknown command %q; did you mean %s? (commands: %s; packages are named by import path or a ./relative pattern)", args[0], near, strings.Join(commands, ", "))
}

// bareWord reports whether s is a word of letters, digits and
// underscores, as a mistyped command is and a pattern with a path, a
// dot or ... is not.
func bareWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return true
}
