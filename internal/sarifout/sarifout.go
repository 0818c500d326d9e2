// Package sarifout writes fnlint's diagnostics as a SARIF 2.1.0 log for
// code scanning: one rule per analyzer, one result per diagnostic, with
// its region and suggested fixes, paths relative to a root directory.
// Columns count UTF-16 code units (the log's columnKind says so), as
// GitHub code scanning expects.
package sarifout

import (
	"encoding/json"
	"go/token"
	"io"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/textpos"
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
// artifact paths relative to root. read returns the content of a file
// as the analysis parsed it, from which columns are counted; where it
// has none, or a //line directive moves a position, a region has lines
// only, and a fix that edits there is left out.
func Report(analyzers []*analysis.Analyzer, diags []Diagnostic, root string, read func(filename string) ([]byte, bool)) *sarif.Report {
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
	run.ColumnKind = ptr("utf16CodeUnits")
	maps := make(map[*token.FileSet]*textpos.Mapper)
	for _, d := range diags {
		m := maps[d.Fset]
		if m == nil {
			m = textpos.NewMapper(d.Fset, read)
			maps[d.Fset] = m
		}
		res := sarif.NewResult()
		res.RuleID = ptr(d.Analyzer.Name)
		res.RuleIndex = index[d.Analyzer.Name]
		res.Message = message(d.Message)
		loc := sarif.NewLocation()
		loc.PhysicalLocation = physical(m, root, d.Pos, d.End)
		res.Locations = append(res.Locations, loc)
		for _, rel := range d.Related {
			l := sarif.NewLocation()
			l.PhysicalLocation = physical(m, root, rel.Pos, rel.End)
			l.Message = message(rel.Message)
			res.RelatedLocations = append(res.RelatedLocations, l)
		}
		for _, fix := range d.SuggestedFixes {
			if f := sarifFix(m, root, fix); f != nil {
				res.Fixes = append(res.Fixes, f)
			}
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

// sarifFix returns fix as a SARIF fix, or nil when an edit's region
// cannot be given exactly.
func sarifFix(m *textpos.Mapper, root string, fix analysis.SuggestedFix) *sarif.Fix {
	f := sarif.NewFix()
	f.Description = message(fix.Message)
	changes := make(map[string]*sarif.ArtifactChange)
	var order []string
	for _, edit := range fix.TextEdits {
		end := edit.End
		if !end.IsValid() {
			end = edit.Pos
		}
		start, stop := m.Locate(edit.Pos), m.Locate(end)
		if !start.Exact || !stop.Exact || start.Filename != stop.Filename {
			return nil
		}
		uri := relative(root, start.Filename)
		ch, ok := changes[uri]
		if !ok {
			ch = sarif.NewArtifactChange()
			ch.ArtifactLocation = artifact(uri)
			changes[uri] = ch
			order = append(order, uri)
		}
		rep := sarif.NewReplacement()
		rep.DeletedRegion = region(start, &stop)
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

func physical(m *textpos.Mapper, root string, pos, end token.Pos) *sarif.PhysicalLocation {
	start := m.Locate(pos)
	p := sarif.NewPhysicalLocation()
	p.ArtifactLocation = artifact(relative(root, start.Filename))
	var stop *textpos.Location
	if end.IsValid() && end >= pos {
		if l := m.Locate(end); l.Filename == start.Filename {
			stop = &l
		}
	}
	p.Region = region(start, stop)
	return p
}

// region returns the SARIF region (1-based lines and columns) from start
// to stop, if not nil; columns only where they are exact.
func region(start textpos.Location, stop *textpos.Location) *sarif.Region {
	r := sarif.NewRegion()
	r.StartLine = ptr(start.Line + 1)
	if start.Exact {
		r.StartColumn = ptr(start.Col + 1)
	}
	if stop != nil {
		r.EndLine = ptr(stop.Line + 1)
		if start.Exact && stop.Exact {
			r.EndColumn = ptr(stop.Col + 1)
		}
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
