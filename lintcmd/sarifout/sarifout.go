// Package sarifout writes fnlint's diagnostics as a SARIF 2.1.0 log for
// code scanning: one run, one rule per analyzer (its summary, the first
// paragraph of its documentation as fullDescription, the whole page as
// help, in text and Markdown), one result per diagnostic, with its
// region, related locations, suggested fixes and a partial fingerprint,
// paths relative to a root directory, and an invocation that says
// whether the analysis succeeded and why not. A result with related
// locations (the other ends of its chain: the call that exits, the
// registration) also has one code flow, whose steps are its location
// and then each related location in order. The tool's semanticVersion
// is numeric, MAJOR.MINOR.PATCH (see SemanticVersion). Columns count
// UTF-16 code units (the log's columnKind says so), as GitHub code
// scanning expects.
//
// The log holds only what fnlint knows: a property that does not apply
// is left out, never written as a sentinel (-1) or an empty array. Its
// types are fnlint's own rather than a SARIF library's, whose types
// write every such default.
//
// # Fingerprints
//
// Each result has partialFingerprints["fnlint/v1"], which code scanning
// uses to follow an alert across commits: the first 16 bytes, in hex, of
// the SHA-256 of these fields, each followed by a NUL byte:
//
//   - the analyzer's name;
//   - the file's path relative to the root, with forward slashes;
//   - the message, with every run of decimal digits replaced by "#"
//     (messages may name a line, "at line 12", which moves with edits);
//   - the declared function or method enclosing the finding, as
//     "Func" or "Type.Method" ("" at package level);
//   - the finding's ordinal among the findings with the same four fields
//     before it in the file (0 for the first), so that two identical
//     findings in one function stay two alerts.
//
// Line and column numbers are not in it: a finding keeps its fingerprint
// when code above it moves, and changes it when its file, function,
// analyzer or message change.
package sarifout

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"go/token"
	"go/types"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/docgen"
	"github.com/fnlint/fnlint/lintcmd/textpos"
)

// A Diagnostic is one finding of an analyzer.
type Diagnostic struct {
	Analyzer *analysis.Analyzer
	Fset     *token.FileSet
	// Pkg is the package reported on, whose declarations give the
	// function enclosing the finding (for its fingerprint); may be nil.
	Pkg *types.Package
	analysis.Diagnostic
}

// FingerprintKey is the key of fnlint's partial fingerprint.
const FingerprintKey = "fnlint/v1"

// Input is what a log is built from.
type Input struct {
	Analyzers   []*analysis.Analyzer // the rules, in order
	Diagnostics []Diagnostic
	// Root is the directory artifact paths are relative to.
	Root string
	// Read returns the content of a file as the analysis parsed it, from
	// which columns are counted; where it has none, or a //line
	// directive moves a position, a region has lines only, and a fix
	// that edits there is left out.
	Read func(filename string) ([]byte, bool)
	// Version is fnlint's version, as fnlint version prints it (without
	// the leading "fnlint " and the Go version).
	Version string
	// Errors are the load and analysis errors, and Hints what to do
	// about them: when there are errors, the invocation did not succeed,
	// and each is a notification.
	Errors, Hints []string
}

// Report builds the SARIF log of in.
func Report(in Input) *Log {
	driver := ToolComponent{
		Name:           "fnlint",
		Version:        in.Version,
		InformationURI: analysisdoc.RepositoryURL,
	}
	driver.SemanticVersion = SemanticVersion(in.Version)
	index := make(map[string]int)
	for i, a := range in.Analyzers {
		summary, body, _ := strings.Cut(a.Doc, "\n")
		full, _, _ := strings.Cut(strings.TrimSpace(body), "\n\n")
		if full == "" {
			full = summary
		}
		driver.Rules = append(driver.Rules, ReportingDescriptor{
			ID:               a.Name,
			ShortDescription: &MultiformatMessageString{Text: summary},
			FullDescription:  &MultiformatMessageString{Text: strings.Join(strings.Fields(full), " ")},
			Help:             &MultiformatMessageString{Text: a.Doc, Markdown: string(docgen.Markdown(a))},
			HelpURI:          a.URL,
		})
		index[a.Name] = i
	}
	inv := Invocation{ExecutionSuccessful: len(in.Errors) == 0}
	for _, e := range in.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, Notification{Level: "error", Message: Message{Text: e}})
	}
	for _, h := range in.Hints {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, Notification{Level: "note", Message: Message{Text: h}})
	}
	run := Run{
		Tool:        Tool{Driver: driver},
		Invocations: []Invocation{inv},
		ColumnKind:  "utf16CodeUnits",
		Results:     []Result{},
	}
	maps := make(map[*token.FileSet]*textpos.Mapper)
	fp := fingerprinter{ordinals: make(map[string]int)}
	for _, d := range in.Diagnostics {
		m := maps[d.Fset]
		if m == nil {
			m = textpos.NewMapper(d.Fset, in.Read)
			maps[d.Fset] = m
		}
		res := Result{
			RuleID:    d.Analyzer.Name,
			Message:   Message{Text: d.Message},
			Locations: []Location{{PhysicalLocation: physical(m, in.Root, d.Pos, d.End)}},
		}
		if i, ok := index[d.Analyzer.Name]; ok {
			res.RuleIndex = &i
		}
		for _, rel := range d.Related {
			res.RelatedLocations = append(res.RelatedLocations, Location{
				PhysicalLocation: physical(m, in.Root, rel.Pos, rel.End),
				Message:          &Message{Text: rel.Message},
			})
		}
		if len(res.RelatedLocations) > 0 {
			// The chain from where the fix goes to its other ends, as
			// a path code scanning shows step by step.
			steps := []ThreadFlowLocation{{Location: Location{PhysicalLocation: res.Locations[0].PhysicalLocation, Message: &Message{Text: d.Message}}}}
			for _, l := range res.RelatedLocations {
				steps = append(steps, ThreadFlowLocation{Location: l})
			}
			res.CodeFlows = []CodeFlow{{ThreadFlows: []ThreadFlow{{Locations: steps}}}}
		}
		for _, fix := range d.SuggestedFixes {
			if f := sarifFix(m, in.Root, fix); f != nil {
				res.Fixes = append(res.Fixes, *f)
			}
		}
		res.PartialFingerprints = map[string]string{FingerprintKey: fp.next(d, res.Locations[0].PhysicalLocation.ArtifactLocation.URI)}
		run.Results = append(run.Results, res)
	}
	return &Log{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []Run{run},
	}
}

// DevelVersion is the semanticVersion of a build that records no
// release: a build from a checkout or a pseudo-version.
const DevelVersion = "0.0.0"

// SemanticVersion returns the numeric release, MAJOR.MINOR.PATCH, of
// version as fnlint version prints it ("v1.2.3 REVISION"): the module
// version without its "v", pre-release and build suffixes, so that
// v1.3.0-rc.1 is 1.3.0; DevelVersion for "(devel)" and for a
// pseudo-version (v0.0.0-DATE-REVISION and the like, which name a
// commit, not a release).
func SemanticVersion(version string) string {
	v, _, _ := strings.Cut(version, " ")
	if !semver.IsValid(v) || module.IsPseudoVersion(v) {
		return DevelVersion
	}
	c := semver.Canonical(v)
	c = strings.TrimSuffix(c, semver.Build(c))
	c = strings.TrimSuffix(c, semver.Prerelease(c))
	return strings.TrimPrefix(c, "v")
}

// Fingerprints returns the partial fingerprint of each diagnostic, the
// one Report gives its result, for the same root and read.
func Fingerprints(root string, read func(string) ([]byte, bool), diags []Diagnostic) []string {
	maps := make(map[*token.FileSet]*textpos.Mapper)
	fp := fingerprinter{ordinals: make(map[string]int)}
	fps := make([]string, len(diags))
	for i, d := range diags {
		m := maps[d.Fset]
		if m == nil {
			m = textpos.NewMapper(d.Fset, read)
			maps[d.Fset] = m
		}
		fps[i] = fp.next(d, relative(root, m.Locate(d.Pos).Filename))
	}
	return fps
}

// A fingerprinter computes the fingerprints of the diagnostics of one
// log, in order, counting the ordinals of identical ones.
type fingerprinter struct {
	ordinals map[string]int
}

// next returns the fingerprint of d, found in the file at uri.
func (fp fingerprinter) next(d Diagnostic, uri string) string {
	fields := strings.Join([]string{d.Analyzer.Name, uri, digits(d.Message), Enclosing(d.Pkg, d.Pos)}, "\x00") + "\x00"
	s := fingerprint(fields, fp.ordinals[fields])
	fp.ordinals[fields]++
	return s
}

// fingerprint returns the hex of the first 16 bytes of the SHA-256 of
// fields followed by the ordinal and a NUL byte.
func fingerprint(fields string, ordinal int) string {
	sum := sha256.Sum256([]byte(fields + strconv.Itoa(ordinal) + "\x00"))
	return hex.EncodeToString(sum[:16])
}

// digits replaces every run of decimal digits in s with "#".
func digits(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if !in {
				b.WriteByte('#')
			}
			in = true
			continue
		}
		in = false
		b.WriteRune(r)
	}
	return b.String()
}

// Enclosing returns the name of the function or method declared in pkg
// whose body holds pos, as "Func" or "Type.Method", or "" (package
// level, or no package).
func Enclosing(pkg *types.Package, pos token.Pos) string {
	if pkg == nil || !pos.IsValid() {
		return ""
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if contains(obj, pos) {
				return obj.Name()
			}
		case *types.TypeName:
			named, ok := obj.Type().(*types.Named)
			if !ok || obj.IsAlias() {
				continue
			}
			for m := range named.Methods() {
				if contains(m, pos) {
					return obj.Name() + "." + m.Name()
				}
			}
		}
	}
	return ""
}

// contains reports whether the body of fn holds pos.
func contains(fn *types.Func, pos token.Pos) bool {
	s := fn.Scope()
	return s != nil && s.Pos() <= pos && pos < s.End()
}

// Write writes the SARIF log as indented JSON.
func Write(w io.Writer, log *Log) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// sarifFix returns fix as a SARIF fix, or nil when an edit's region
// cannot be given exactly.
func sarifFix(m *textpos.Mapper, root string, fix analysis.SuggestedFix) *Fix {
	f := &Fix{Description: &Message{Text: fix.Message}}
	changes := make(map[string]int) // uri -> index in f.ArtifactChanges
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
		i, ok := changes[uri]
		if !ok {
			i = len(f.ArtifactChanges)
			changes[uri] = i
			f.ArtifactChanges = append(f.ArtifactChanges, ArtifactChange{ArtifactLocation: ArtifactLocation{URI: uri}})
		}
		ch := &f.ArtifactChanges[i]
		ch.Replacements = append(ch.Replacements, Replacement{
			DeletedRegion:   region(start, &stop),
			InsertedContent: &ArtifactContent{Text: string(edit.NewText)},
		})
	}
	if len(f.ArtifactChanges) == 0 {
		return nil // a fix without edits is not a SARIF fix
	}
	return f
}

func physical(m *textpos.Mapper, root string, pos, end token.Pos) *PhysicalLocation {
	start := m.Locate(pos)
	var stop *textpos.Location
	if end.IsValid() && end >= pos {
		if l := m.Locate(end); l.Filename == start.Filename {
			stop = &l
		}
	}
	r := region(start, stop)
	return &PhysicalLocation{ArtifactLocation: ArtifactLocation{URI: relative(root, start.Filename)}, Region: &r}
}

// region returns the SARIF region (1-based lines and columns) from start
// to stop, if not nil; columns only where they are exact.
func region(start textpos.Location, stop *textpos.Location) Region {
	r := Region{StartLine: start.Line + 1}
	if start.Exact {
		r.StartColumn = start.Col + 1
	}
	if stop != nil {
		r.EndLine = stop.Line + 1
		if start.Exact && stop.Exact {
			r.EndColumn = stop.Col + 1
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
