package sarifout_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/lintcmd/sarifout"
	"github.com/fnlint/fnlint/lintcmd/sarifout/schematest"
)

var probe = &analysis.Analyzer{Name: "probe", Doc: "probe: report things\n\nMore.", URL: "https://github.com/fnlint/fnlint/blob/main/docs/README.md"}

const src = `package fn

import "log"

type Server struct{}

func (*Server) Serve() {
	log.Fatal("a")
	log.Fatal("b")
}

func Handle() {
	log.Fatal("c") // at line 14
}

var x = 1
`

// report builds the log of the findings "fatal at line N" at each
// log.Fatal of text, and one at the package-level var, with the file
// under root.
func report(t *testing.T, text string, errs []string) (*sarifout.Log, []byte) {
	t.Helper()
	root := t.TempDir()
	name := filepath.Join(root, "fn", "fn.go")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, text, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Error: func(error) {}}).Check("example.com/fn", fset, []*ast.File{f}, nil)
	if pkg == nil {
		t.Fatal(err)
	}
	var diags []sarifout.Diagnostic
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			line := fset.Position(n.Pos()).Line
			d := analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: "log.Fatal terminates the instance (line " + itoa(line) + ")"}
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Remove it", TextEdits: []analysis.TextEdit{{Pos: n.Pos(), End: n.End()}}}}
			diags = append(diags, sarifout.Diagnostic{Analyzer: probe, Fset: fset, Pkg: pkg, Diagnostic: d})
		case *ast.ValueSpec:
			diags = append(diags, sarifout.Diagnostic{Analyzer: probe, Fset: fset, Pkg: pkg, Diagnostic: analysis.Diagnostic{Pos: n.Pos(), Message: "a global"}})
		}
		return true
	})
	log := sarifout.Report(sarifout.Input{
		Analyzers:   []*analysis.Analyzer{probe},
		Diagnostics: diags,
		Root:        root,
		Read:        func(string) ([]byte, bool) { return []byte(text), true },
		Version:     "v1.2.3 0123abcd",
		Errors:      errs,
	})
	var buf bytes.Buffer
	if err := sarifout.Write(&buf, log); err != nil {
		t.Fatal(err)
	}
	return log, buf.Bytes()
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestReport(t *testing.T) {
	log, data := report(t, src, nil)
	if err := schematest.Validate(data); err != nil {
		t.Fatal(err)
	}
	noSentinels(t, data)
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Version != "v1.2.3 0123abcd" || d.SemanticVersion != "1.2.3" {
		t.Errorf("driver version %q, semantic %q; want v1.2.3 0123abcd and 1.2.3", d.Version, d.SemanticVersion)
	}
	if inv := run.Invocations; len(inv) != 1 || !inv[0].ExecutionSuccessful || len(inv[0].ToolExecutionNotifications) != 0 {
		t.Errorf("invocations %+v, want one successful without notifications", inv)
	}
	if len(run.Results) != 4 {
		t.Fatalf("%d results, want 4", len(run.Results))
	}
	seen := make(map[string]bool)
	for _, r := range run.Results {
		fp := r.PartialFingerprints[sarifout.FingerprintKey]
		if len(fp) != 32 || seen[fp] {
			t.Errorf("result %q: fingerprint %q, want 32 hex digits, distinct", r.Message.Text, fp)
		}
		seen[fp] = true
		if r.RuleIndex == nil || *r.RuleIndex != 0 || r.Locations[0].PhysicalLocation.ArtifactLocation.URI != "fn/fn.go" {
			t.Errorf("result %+v: want rule 0 at fn/fn.go", r)
		}
	}
}

// TestFingerprintsStable: moving the code down keeps every fingerprint,
// although the messages name their lines; renaming the function changes
// those of its findings only.
func TestFingerprintsStable(t *testing.T) {
	fingerprints := func(text string) []string {
		log, _ := report(t, text, nil)
		var fps []string
		for _, r := range log.Runs[0].Results {
			fps = append(fps, r.PartialFingerprints[sarifout.FingerprintKey])
		}
		return fps
	}
	before := fingerprints(src)
	after := fingerprints(strings.Replace(src, "import", "// A comment\n// that moves everything.\n\nimport", 1))
	if strings.Join(before, " ") != strings.Join(after, " ") {
		t.Errorf("fingerprints changed when lines moved:\n%v\n%v", before, after)
	}
	renamed := fingerprints(strings.Replace(src, "func Handle()", "func Other()", 1))
	for i := range before {
		changed := before[i] != renamed[i]
		if want := i == 2; changed != want { // the third finding is in Handle
			t.Errorf("finding %d: fingerprint changed %v after renaming Handle, want %v", i, changed, want)
		}
	}
}

func TestEnclosing(t *testing.T) {
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, "fn.go", src, 0)
	pkg, _ := (&types.Config{Error: func(error) {}}).Check("example.com/fn", fset, []*ast.File{f}, nil)
	at := func(s string) token.Pos { return fset.File(f.Pos()).Pos(strings.Index(src, s)) }
	for s, want := range map[string]string{`log.Fatal("a")`: "Server.Serve", `log.Fatal("c")`: "Handle", "x = 1": "", "type Server": ""} {
		if got := sarifout.Enclosing(pkg, at(s)); got != want {
			t.Errorf("Enclosing(%s) = %q, want %q", s, got, want)
		}
	}
}

// TestReportErrors: load errors make an unsuccessful invocation with a
// notification each.
func TestReportErrors(t *testing.T) {
	log, data := report(t, src, []string{"example.com/fn: missing module"})
	if err := schematest.Validate(data); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 || inv.ToolExecutionNotifications[0].Message.Text != "example.com/fn: missing module" || inv.ToolExecutionNotifications[0].Level != "error" {
		t.Errorf("invocation %+v, want unsuccessful with the error", inv)
	}
}

// TestValidateRejects: the validator rejects a log the schema forbids.
func TestValidateRejects(t *testing.T) {
	for _, bad := range []string{`{"runs": []}`, `{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`, `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "ruleIndex": -2}]}]}`} {
		if err := schematest.Validate([]byte(bad)); err == nil {
			t.Errorf("%s validates", bad)
		}
	}
}

// noSentinels fails when the log holds a -1 or an empty array or object.
func noSentinels(t *testing.T, data []byte) {
	t.Helper()
	for _, p := range schematest.Defaults(data) {
		t.Error(p)
	}
}

// TestDefaults: the check of noSentinels finds what it looks for.
func TestDefaults(t *testing.T) {
	got := schematest.Defaults([]byte(`{"a": -1, "b": [], "c": {}, "runs": [{"results": []}], "d": 0}`))
	if len(got) != 3 {
		t.Errorf("Defaults found %q, want $.a = -1, $.b empty, $.c empty", got)
	}
}

// TestRelated: a diagnostic's related positions become related
// locations and the steps of a code flow after the result's own
// location; the log still validates.
func TestRelated(t *testing.T) {
	root := t.TempDir()
	name := filepath.Join(root, "fn.go")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) token.Pos { return fset.File(f.Pos()).Pos(strings.Index(src, s)) }
	d := analysis.Diagnostic{Pos: at(`log.Fatal("c")`), Message: "Handle exits", Related: []analysis.RelatedInformation{
		{Pos: at(`log.Fatal("a")`), End: at(`log.Fatal("b")`), Message: "first"},
		{Pos: at("x = 1"), Message: "second"},
	}}
	log := sarifout.Report(sarifout.Input{
		Analyzers:   []*analysis.Analyzer{probe},
		Diagnostics: []sarifout.Diagnostic{{Analyzer: probe, Fset: fset, Diagnostic: d}, {Analyzer: probe, Fset: fset, Diagnostic: analysis.Diagnostic{Pos: at("x = 1"), Message: "alone"}}},
		Root:        root,
		Read:        func(string) ([]byte, bool) { return []byte(src), true },
	})
	var buf bytes.Buffer
	if err := sarifout.Write(&buf, log); err != nil {
		t.Fatal(err)
	}
	if err := schematest.Validate(buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	noSentinels(t, buf.Bytes())
	res := log.Runs[0].Results[0]
	if len(res.RelatedLocations) != 2 || res.RelatedLocations[0].Message.Text != "first" || res.RelatedLocations[0].PhysicalLocation.Region.StartLine != 8 ||
		res.RelatedLocations[0].PhysicalLocation.Region.EndLine != 9 || res.RelatedLocations[1].PhysicalLocation.Region.StartLine != 16 {
		t.Errorf("related locations %+v, want first at lines 8-9 and second at 16", res.RelatedLocations)
	}
	if len(res.CodeFlows) != 1 || len(res.CodeFlows[0].ThreadFlows) != 1 {
		t.Fatalf("code flows %+v, want one with one thread flow", res.CodeFlows)
	}
	var steps []string
	for _, s := range res.CodeFlows[0].ThreadFlows[0].Locations {
		steps = append(steps, fmt.Sprintf("%d %s", s.Location.PhysicalLocation.Region.StartLine, s.Location.Message.Text))
	}
	if got := strings.Join(steps, "; "); got != "13 Handle exits; 8 first; 16 second" {
		t.Errorf("code flow steps %q, want the result's location, then each related one", got)
	}
	if alone := log.Runs[0].Results[1]; alone.RelatedLocations != nil || alone.CodeFlows != nil {
		t.Errorf("a result without related positions has %+v", alone)
	}
}

// TestRules: each rule carries the analyzer's summary, the first
// paragraph of its documentation as its full description, and its
// page in Markdown as help.
func TestRules(t *testing.T) {
	a := &analysis.Analyzer{Name: "probe", Doc: "report things\n\nWhy it hurts,\nover two lines.\n\nBad:\n\n\tlog.Fatal(err)\n", URL: probe.URL}
	log := sarifout.Report(sarifout.Input{Analyzers: []*analysis.Analyzer{a}, Version: "(devel)"})
	r := log.Runs[0].Tool.Driver.Rules[0]
	if r.ShortDescription.Text != "report things" || r.FullDescription == nil || r.FullDescription.Text != "Why it hurts, over two lines." {
		t.Errorf("descriptions %+v, %+v", r.ShortDescription, r.FullDescription)
	}
	if md := r.Help.Markdown; !strings.HasPrefix(md, "# probe\n\nReport things.\n") || !strings.Contains(md, "\tlog.Fatal(err)") {
		t.Errorf("help markdown:\n%s", md)
	}
	if v := log.Runs[0].Tool.Driver.SemanticVersion; v != sarifout.DevelVersion {
		t.Errorf("semanticVersion of a devel build %q, want %s", v, sarifout.DevelVersion)
	}
}

func TestSemanticVersion(t *testing.T) {
	for in, want := range map[string]string{
		"v1.2.3 0123abcd":                        "1.2.3",
		"v1.2.3":                                 "1.2.3",
		"v1.3.0-rc.1":                            "1.3.0",
		"v2.0.0+incompatible":                    "2.0.0",
		"v0.0.0-20261206074125-1709ff2e0d7c abc": sarifout.DevelVersion,
		"v1.2.4-0.20261206074125-1709ff2e0d7c+dirty": sarifout.DevelVersion,
		"(devel) 1709ff2 (modified)":                 sarifout.DevelVersion,
		"":                                           sarifout.DevelVersion,
	} {
		if got := sarifout.SemanticVersion(in); got != want {
			t.Errorf("SemanticVersion(%q) = %q, want %q", in, got, want)
		}
	}
}
