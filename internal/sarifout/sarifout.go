// Package sarifout writes fnlint's diagnostics as a SARIF 2.1.0 log for
// code scanning: one rule per analyzer, one result per diagnostic, with
// its region and suggested fixes, paths relative to a root directory.
package sarifout

import (
	"encoding/json"
	"go/token"
	"io"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"golang.org/x/tools/go/analysis"
)

// A Diagnostic is one finding of an analyzer.
type Diagnostic struct {
	Analyzer *analysis.Analyzer
	Fset     *token.FileSet
	analysis.Diagnostic
}

// InformationURI is fnlint's home page.
const InformationURI = "https://github.com/fnlint/fnlint"

// Report builds the SARIF log of diags, reported by analyzers, with
// artifact paths relative to root.
func Report(analyzers []*analysis.Analyzer, diags []Diagnostic, root string) *sarif.Report {
	driver := sarif.NewToolComponent()
	driver.Name = ptr("fnlint")
	driver.InformationURI = ptr(InformationURI)
	index := make(map[string]int)
	for i, a := range analyzers {
		summary, _, _ := strings.Cut(a.Doc, "\n")
		rule := sarif.NewReportingDescriptor()
		rule.ID = ptr(a.Name)
		rule.Name = ptr(a.Name)
		rule.ShortDescription = text(summary)
		rule.FullDescription = text(a.Doc)
		rule.Help = text(a.Doc)
		rule.HelpURI = ptr(a.URL)
		driver.Rules = append(driver.Rules, rule)
		index[a.Name] = i
	}
	tool := sarif.NewTool()
	tool.Driver = driver
	run := sarif.NewRun()
	run.Tool = tool
	run.ColumnKind = ptr("unicodeCodePoints")
	for _, d := range diags {
		res := sarif.NewResult()
		res.RuleID = ptr(d.Analyzer.Name)
		res.RuleIndex = index[d.Analyzer.Name]
		res.Message = message(d.Message)
		loc := sarif.NewLocation()
		loc.PhysicalLocation = physical(d.Fset, root, d.Pos, d.End)
		res.Locations = append(res.Locations, loc)
		for _, rel := range d.Related {
			l := sarif.NewLocation()
			l.PhysicalLocation = physical(d.Fset, root, rel.Pos, rel.End)
			l.Message = message(rel.Message)
			res.RelatedLocations = append(res.RelatedLocations, l)
		}
		for _, fix := range d.SuggestedFixes {
			res.Fixes = append(res.Fixes, sarifFix(d.Fset, root, fix))
		}
		run.Results = append(run.Results, res)
	}
	report := sarif.NewReport()
	report.Schema = "https://json.schemastore.org/sarif-2.1.0.json"
	report.AddRun(run)
	return report
}

// Write writes the SARIF log as indented JSON.
func Write(w io.Writer, report *sarif.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(report)
}

func sarifFix(fset *token.FileSet, root string, fix analysis.SuggestedFix) *sarif.Fix {
	f := sarif.NewFix()
	f.Description = message(fix.Message)
	changes := make(map[string]*sarif.ArtifactChange)
	var order []string
	for _, edit := range fix.TextEdits {
		uri := relative(root, fset.Position(edit.Pos).Filename)
		ch, ok := changes[uri]
		if !ok {
			ch = sarif.NewArtifactChange()
			ch.ArtifactLocation = artifact(uri)
			changes[uri] = ch
			order = append(order, uri)
		}
		rep := sarif.NewReplacement()
		rep.DeletedRegion = region(fset, edit.Pos, edit.End)
		content := sarif.NewArtifactContent()
		content.Text = ptr(string(edit.NewText))
		rep.InsertedContent = content
		ch.Replacements = append(ch.Replacements, rep)
	}
	for _, uri := range order {
		f.ArtifactChanges = append(f.ArtifactChanges, changes[uri])
	}
	return f
}

func physical(fset *token.FileSet, root string, pos, end token.Pos) *sarif.PhysicalLocation {
	p := sarif.NewPhysicalLocation()
	p.ArtifactLocation = artifact(relative(root, fset.Position(pos).Filename))
	p.Region = region(fset, pos, end)
	return p
}

func region(fset *token.FileSet, pos, end token.Pos) *sarif.Region {
	r := sarif.NewRegion()
	start := fset.Position(pos)
	r.StartLine, r.StartColumn = ptr(start.Line), ptr(start.Column)
	if end.IsValid() && end >= pos {
		stop := fset.Position(end)
		r.EndLine, r.EndColumn = ptr(stop.Line), ptr(stop.Column)
	}
	return r
}

// relative returns filename relative to root, with forward slashes, or
// the absolute path when it lies outside root.
func relative(root, filename string) string {
	if rel, err := filepath.Rel(root, filename); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(filename)
}

func artifact(uri string) *sarif.ArtifactLocation {
	a := sarif.NewArtifactLocation()
	a.URI = ptr(uri)
	return a
}

func message(s string) *sarif.Message {
	m := sarif.NewMessage()
	m.Text = ptr(s)
	return m
}

func text(s string) *sarif.MultiformatMessageString {
	m := sarif.NewMultiformatMessageString()
	m.Text = ptr(s)
	return m
}

func ptr[T any](v T) *T { return &v }
