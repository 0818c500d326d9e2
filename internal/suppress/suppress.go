// Package suppress lets users silence a deliberate case: a directive
//
//	//fnlint:ignore NAME[,NAME...] reason
//
// silences the named analyzers on one line: at the end of a line of
// code, that line only (as staticcheck's //lint:ignore); on a line of
// its own, the next line. And
//
//	//fnlint:file-ignore NAME[,NAME...] reason
//
// anywhere in a file silences them in the whole file (for generated or
// vendored code). Generated files (// Code generated ... DO NOT EDIT.)
// are never reported.
//
// The directives are computed once per package, as the result of
// Analyzer (as staticcheck's directives fact); every check requires it
// and runs through Filter (internal/scaffold builds checks so), which
// drops the check's silenced reports in every driver (fnlint, go vet,
// golangci-lint) and returns the directives it used, which the ignoredirective analyzer reads to report
// directives that are malformed or silence nothing.
package suppress

import (
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A Directive is one //fnlint:ignore or //fnlint:file-ignore comment.
type Directive struct {
	Pos  token.Pos
	Line int
	File bool // file-ignore
	// Trailing is set when the directive ends a line of code, which is
	// the one line it covers; else it covers the next line.
	Trailing bool
	Names    []string // the analyzers it silences
	Reason   string
}

// Covers returns the line that a line directive covers.
func (d Directive) Covers() int {
	if d.Trailing {
		return d.Line
	}
	return d.Line + 1
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
			if d, ok := ParseComment(c.Text); ok {
				d.Pos, d.Line = c.Pos(), fset.Position(c.Pos()).Line
				ds = append(ds, d)
			}
		}
	}
	if len(ds) == 0 {
		return nil
	}
	code := codeStarts(fset, f)
	for i := range ds {
		if p, ok := code[fset.PositionFor(ds[i].Pos, false).Line]; ok && p < ds[i].Pos {
			ds[i].Trailing = true
		}
	}
	return ds
}

// codeStarts returns, for each line of f (as the file is laid out,
// whatever //line says) that holds code, the position of its first code
// token: the start or the end of a node, as every token that can begin
// a line's code in gofmt'd source is one or the other.
func codeStarts(fset *token.FileSet, f *ast.File) map[int]token.Pos {
	first := make(map[int]token.Pos)
	note := func(p token.Pos) {
		if !p.IsValid() {
			return
		}
		line := fset.PositionFor(p, false).Line
		if q, ok := first[line]; !ok || p < q {
			first[line] = p
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil:
			return false
		case *ast.CommentGroup:
			return false // comments are not code
		}
		note(n.Pos())
		note(n.End() - 1) // the node's last byte
		return true
	})
	return first
}

// ParseComment returns the directive that the text of a // comment is,
// without its position: in Go files and in the files an analyzer reads
// itself (the go directive of go.mod for runtimeversion).
func ParseComment(text string) (Directive, bool) {
	var d Directive
	switch {
	case strings.HasPrefix(text, filePrefix):
		d.File = true
		text = text[len(filePrefix):]
	case strings.HasPrefix(text, linePrefix):
		text = text[len(linePrefix):]
	default:
		return d, false
	}
	if text != "" && text[0] != ' ' && text[0] != '\t' {
		return d, false // //fnlint:ignored or another word
	}
	if i := strings.Index(text, "//"); i >= 0 {
		text = text[:i] // a comment after the directive
	}
	fields := strings.Fields(text)
	if len(fields) > 0 {
		d.Names = strings.Split(fields[0], ",")
		d.Reason = strings.Join(fields[1:], " ")
	}
	return d, true
}

// Silences reports whether the directive, with a reason, silences the
// analyzer name (wherever it applies).
func (d Directive) Silences(name string) bool {
	return d.Reason != "" && slices.Contains(d.Names, name)
}

// silences reports whether d silences analyzer name at line.
func (d Directive) silences(name string, line int) bool {
	if !d.File && line != d.Covers() {
		return false
	}
	for _, n := range d.Names {
		if n == name {
			return true
		}
	}
	return false
}

// Analyzer computes the directives of a package's files.
var Analyzer = &analysis.Analyzer{
	Name:             "directives",
	Doc:              "compute the //fnlint:ignore directives of a package (reports nothing)",
	Run:              directives,
	ResultType:       reflect.TypeFor[*Directives](),
	RunDespiteErrors: true,
}

// Directives are the directives of a package's files, and which files
// are generated.
type Directives struct {
	byFile    map[*token.File][]Directive
	generated map[*token.File]bool
}

func directives(pass *analysis.Pass) (any, error) {
	d := &Directives{byFile: make(map[*token.File][]Directive), generated: make(map[*token.File]bool)}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		d.generated[tf] = ast.IsGenerated(f)
		d.byFile[tf] = Parse(pass.Fset, f)
	}
	return d, nil
}

// Used is the result of a check run through Filter: the directives that
// silenced one of its diagnostics.
type Used map[token.Pos]bool

// ResultType is the result type of a check run through Filter.
var ResultType = reflect.TypeFor[Used]()

// Filter returns the Run function of a check from its run: it drops the
// check's diagnostics in generated files and those a directive silences,
// and returns the directives it used. The check must require Analyzer
// and have ResultType as its result type.
func Filter(run func(*analysis.Pass) error) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		ds := pass.ResultOf[Analyzer].(*Directives)
		name := pass.Analyzer.Name
		used := make(Used)
		report := pass.Report
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			tf := pass.Fset.File(d.Pos)
			if tf == nil {
				report(d)
				return
			}
			if ds.generated[tf] {
				return
			}
			line := pass.Fset.Position(d.Pos).Line
			for _, dir := range ds.byFile[tf] {
				if dir.silences(name, line) {
					used[dir.Pos] = true
					return
				}
			}
			report(d)
		}
		if err := run(&p); err != nil {
			return nil, err
		}
		return used, nil
	}
}
