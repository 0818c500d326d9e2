// Package suppress lets users silence a deliberate case: a directive
//
//	//fnlint:ignore NAME[,NAME...] reason
//
// on the line of a diagnostic or the line above silences the named
// analyzers there, and
//
//	//fnlint:file-ignore NAME[,NAME...] reason
//
// anywhere in a file silences them in the whole file (for generated or
// vendored code). Generated files (// Code generated ... DO NOT EDIT.)
// are never reported.
//
// Wrap applies this to an analyzer in every driver (fnlint, go vet,
// golangci-lint), since it filters the analyzer's own reports; the
// ignoredirective analyzer reports directives that are malformed or
// silence nothing.
package suppress

import (
	"go/ast"
	"go/token"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A Directive is one //fnlint:ignore or //fnlint:file-ignore comment.
type Directive struct {
	Pos    token.Pos
	Line   int
	File   bool     // file-ignore
	Names  []string // the analyzers it silences
	Reason string
}

// Prefixes of the two directive forms.
const (
	linePrefix = "//fnlint:ignore"
	filePrefix = "//fnlint:file-ignore"
)

// Parse returns the directives of a file.
func Parse(fset *token.FileSet, f *ast.File) []Directive {
	var ds []Directive
	for _, group := range f.Comments {
		for _, c := range group.List {
			text := c.Text
			d := Directive{Pos: c.Pos(), Line: fset.Position(c.Pos()).Line}
			switch {
			case strings.HasPrefix(text, filePrefix):
				d.File = true
				text = text[len(filePrefix):]
			case strings.HasPrefix(text, linePrefix):
				text = text[len(linePrefix):]
			default:
				continue
			}
			if text != "" && text[0] != ' ' && text[0] != '\t' {
				continue // //fnlint:ignored or another word
			}
			if i := strings.Index(text, "//"); i >= 0 {
				text = text[:i] // a comment after the directive
			}
			fields := strings.Fields(text)
			if len(fields) > 0 {
				d.Names = strings.Split(fields[0], ",")
				d.Reason = strings.Join(fields[1:], " ")
			}
			ds = append(ds, d)
		}
	}
	return ds
}

// silences reports whether d silences analyzer name at line.
func (d Directive) silences(name string, line int) bool {
	if !d.File && line != d.Line && line != d.Line+1 {
		return false
	}
	for _, n := range d.Names {
		if n == name {
			return true
		}
	}
	return false
}

// Used is the result of a wrapped analyzer: the directives that silenced
// one of its diagnostics.
type Used map[token.Pos]bool

// Wrap returns a copy of a that drops its diagnostics in generated files
// and those silenced by a directive, and returns the directives it used.
// a must not have a result of its own.
func Wrap(a *analysis.Analyzer) *analysis.Analyzer {
	if a.ResultType != nil {
		panic("internal error: suppress.Wrap of an analyzer with a result: " + a.Name)
	}
	w := *a
	run := a.Run
	w.ResultType = reflect.TypeFor[Used]()
	w.Run = func(pass *analysis.Pass) (any, error) {
		used := make(Used)
		files := make(map[*token.File]*ast.File)
		for _, f := range pass.Files {
			files[pass.Fset.File(f.FileStart)] = f
		}
		directives := make(map[*ast.File][]Directive)
		report := pass.Report
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			f := files[pass.Fset.File(d.Pos)]
			if f == nil {
				report(d)
				return
			}
			if ast.IsGenerated(f) {
				return
			}
			ds, ok := directives[f]
			if !ok {
				ds = Parse(pass.Fset, f)
				directives[f] = ds
			}
			line := pass.Fset.Position(d.Pos).Line
			for _, dir := range ds {
				if dir.silences(a.Name, line) {
					used[dir.Pos] = true
					return
				}
			}
			report(d)
		}
		if _, err := run(&p); err != nil {
			return nil, err
		}
		return used, nil
	}
	return &w
}
