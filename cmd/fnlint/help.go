package main

import (
	"flag"
	"fmt"
	"strings"
)

// commandHelp is the part of the usage that no flag set holds.
const commandHelp = `usage: fnlint [flags] [packages]     report what breaks the rules of the function platform
       fnlint -fix [-diff] [packages]   apply (or show) the suggested fixes
       fnlint -sarif [packages]         write a SARIF 2.1.0 log for code scanning
       fnlint lsp                       run the language server on standard input and output
       fnlint help [ANALYZER]           this text, or an analyzer's documentation and flags
       fnlint version                   the version and the revision it was built from
       go vet -vettool=$(command -v fnlint) [packages]

Output: file:line:col: message (analyzer) on standard error; -json prints
the go/analysis JSON tree on standard output.

Exit status: 0 nothing reported; 3 findings reported (with -json or -fix:
0 unless errors); 1 packages could not be loaded or analyzed; 2 a bad
command line (an unknown flag or bad value, no packages, a
-funcmodel.entry naming no function of the packages analyzed).

Analyzers: %s.
Silence a deliberate case with //fnlint:ignore ANALYZER reason.

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
		"diagnostics, with each suggested fix as a quick-fix code action. See docs/editors.md.\n",
	"version": "fnlint version prints fnlint's module version, the VCS revision it was built from\n" +
		"(when the build recorded it) and the Go version.\n",
}
