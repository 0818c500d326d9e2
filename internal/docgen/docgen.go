// Package docgen renders fnlint's documentation pages from the
// analyzers' Doc strings, which come from their doc.go files: one source,
// rendered for `fnlint help`, docs/ and the README.
package docgen

import (
	"bytes"
	"flag"
	"fmt"
	"go/doc/comment"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Page returns the Markdown page of an analyzer whose doc.go is in the
// repository's folder dir ("analyzers" for the checks, "model" for the
// execution model's analyzers).
func Page(dir string, a *analysis.Analyzer) []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "<!-- Code generated from %s/%s/doc.go by TestDocs; DO NOT EDIT. -->\n\n", dir, a.Name)
	buf.Write(Markdown(a))
	return buf.Bytes()
}

// Markdown returns the documentation of an analyzer as Markdown: its
// page without the note that it is generated (the help of a SARIF
// rule).
func Markdown(a *analysis.Analyzer) []byte {
	var buf bytes.Buffer
	summary, body, _ := strings.Cut(a.Doc, "\n")
	fmt.Fprintf(&buf, "# %s\n\n%s.\n\n", a.Name, capitalize(summary))
	var p comment.Parser
	pr := comment.Printer{HeadingLevel: 2}
	buf.Write(pr.Markdown(p.Parse(strings.TrimSpace(body))))
	var flags []string
	a.Flags.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		arg := ""
		if name != "" {
			arg = " " + name
		}
		def := ""
		if f.DefValue != "" {
			def = fmt.Sprintf(" (default `%s`)", f.DefValue)
		}
		flags = append(flags, fmt.Sprintf("- `-%s.%s%s`: %s%s\n", a.Name, f.Name, arg, usage, def))
	})
	if len(flags) > 0 {
		buf.WriteString("\n## Flags\n\n")
		for _, f := range flags {
			buf.WriteString(f)
		}
	}
	return buf.Bytes()
}

// Table returns a Markdown table of the analyzers, linking their pages
// relative to base.
func Table(analyzers []*analysis.Analyzer, base string) []byte {
	var buf bytes.Buffer
	buf.WriteString("| analyzer | reports |\n|---|---|\n")
	for _, a := range analyzers {
		summary, _, _ := strings.Cut(a.Doc, "\n")
		fmt.Fprintf(&buf, "| [%s](%s%s.md) | %s |\n", a.Name, base, a.Name, summary)
	}
	return buf.Bytes()
}

// Markers delimit the generated part of a hand-written page.
const (
	BeginMarker = "<!-- generated analyzer table: begin -->\n"
	EndMarker   = "<!-- generated analyzer table: end -->\n"
)

// Splice replaces the text between the markers in page with gen. It
// reports false when page lacks the markers.
func Splice(page, gen []byte) ([]byte, bool) {
	i := bytes.Index(page, []byte(BeginMarker))
	j := bytes.Index(page, []byte(EndMarker))
	if i < 0 || j < i {
		return nil, false
	}
	var out bytes.Buffer
	out.Write(page[:i+len(BeginMarker)])
	out.Write(gen)
	out.Write(page[j:])
	return out.Bytes(), true
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
