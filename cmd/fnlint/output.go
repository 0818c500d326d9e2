package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/fnlint/fnlint/lintcmd/runner"
)

// printFindings prints findings to w as file:line:col: message
// (analyzer), each related position on a line of its own below it,
// "  related: file:line:col: message", with paths relative to the
// working directory where they lie below it, as staticcheck prints them.
func printFindings(w io.Writer, findings []runner.Finding) {
	wd, _ := os.Getwd()
	for _, f := range findings {
		_, _ = fmt.Fprintf(w, "%s: %s (%s)\n", shortPosition(wd, f.Position().String()), f.Message, f.Analyzer.Name)
		for _, rel := range f.Related {
			_, _ = fmt.Fprintf(w, "  related: %s: %s\n", shortPosition(wd, f.Fset.Position(rel.Pos).String()), rel.Message)
		}
	}
}

// shortPosition returns posn, a file:line:col position, with the file
// relative to wd when it lies in or below wd; otherwise as it is.
func shortPosition(wd, posn string) string {
	if wd == "" || !filepath.IsAbs(posn) {
		return posn
	}
	rel, err := filepath.Rel(wd, posn)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return posn
	}
	return rel
}
