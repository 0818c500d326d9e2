// Package analysisdoc extracts an analyzer's documentation from the
// package comment of its doc.go, the single source of the analyzer's
// Doc, its help text and its page under docs/.
package analysisdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// RepositoryURL is fnlint's repository, its home page.
const RepositoryURL = "https://github.com/fnlint/fnlint"

// FileBaseURL is the URL under which a file of the repository's main
// branch is shown: FileBaseURL + "docs/README.md". Every URL fnlint
// writes (SARIF helpUri, the language server's code descriptions,
// Analyzer.URL) is RepositoryURL or starts with it, and names a file of
// the repository (a test checks it).
const FileBaseURL = RepositoryURL + "/blob/main/"

// BaseURL is where the generated documentation pages are published.
const BaseURL = FileBaseURL + "docs/analyzers/"

// URL returns the documentation URL of the named analyzer.
func URL(name string) string { return BaseURL + name + ".md" }

// RepositoryPath returns the path, relative to the repository's root
// and with forward slashes, of the file a URL of FileBaseURL names, ""
// for RepositoryURL itself, and false for any other URL.
func RepositoryPath(url string) (string, bool) {
	if url == RepositoryURL {
		return "", true
	}
	path, ok := strings.CutPrefix(url, FileBaseURL)
	if !ok || path == "" || strings.Contains(path, "..") || strings.ContainsAny(path, "?#") {
		return "", false
	}
	return path, true
}

// Doc returns the documentation of analyzer name from the source of a
// doc.go file, as Extract does. When the comment is malformed (a broken
// invariant of fnlint itself, which TestDocs catches) the documentation
// is that internal error, naming the analyzer and the file, so that the
// command still starts and says what is wrong in fnlint help.
func Doc(src, name string) string {
	doc, err := Extract(src, name)
	if err != nil {
		return "internal error: " + err.Error()
	}
	return doc
}

// Extract returns the documentation of analyzer name from the source of
// a doc.go file: the section of the package comment under its
// "# Analyzer name" heading, which must start with "name: summary", with
// that "name:" prefix removed (the go/analysis convention).
func Extract(src, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", err
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go of %s has no package comment", name)
	}
	text := f.Doc.Text()
	heading := "# Analyzer " + name + "\n"
	i := strings.Index(text, heading)
	if i < 0 {
		return "", fmt.Errorf("doc.go of %s lacks the heading %q", name, strings.TrimSpace(heading))
	}
	body := text[i+len(heading):]
	if j := strings.Index(body, "\n# "); j >= 0 {
		body = body[:j] // the next section
	}
	body = strings.TrimSpace(body)
	rest := strings.TrimPrefix(body, name+": ")
	if rest == body {
		return "", fmt.Errorf("doc.go of %s: the text after the heading must start with %q", name, name+": ")
	}
	return rest, nil
}
