package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/lintcmd/sarifout"
	"github.com/fnlint/fnlint/lintcmd/sarifout/schematest"
)

// sarifRun runs fnlint -sarif ./... in dir and returns the log, which
// must validate against the SARIF 2.1.0 schema and hold no sentinel
// values or empty arrays, and the exit status.
func sarifRun(t *testing.T, dir string, args ...string) (*sarifout.Log, int) {
	t.Helper()
	stdout, stderr, status := run(t, dir, binary, append([]string{"-sarif"}, args...)...)
	if err := schematest.Validate([]byte(stdout)); err != nil {
		t.Fatalf("%v\nstderr:\n%s", err, stderr)
	}
	for _, p := range schematest.Defaults([]byte(stdout)) {
		t.Errorf("the log says nothing with %s", p)
	}
	var log sarifout.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("the output is not a SARIF log: %v", err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	return &log, status
}

// resolves fails unless url is one of fnlint's repository's, naming a
// file that exists in this checkout.
func resolves(t *testing.T, url string) {
	t.Helper()
	path, ok := analysisdoc.RepositoryPath(url)
	if !ok {
		t.Errorf("%s is not a URL of fnlint's repository (%s)", url, analysisdoc.FileBaseURL)
		return
	}
	if _, err := os.Stat(filepath.Join("..", "..", filepath.FromSlash(path))); err != nil {
		t.Errorf("%s names %s, which the repository lacks", url, path)
	}
}

// TestSARIF writes the sample module's findings as SARIF and checks
// the log: the tool's version, the rules and their help URLs, the
// results, their fingerprints and a successful invocation.
func TestSARIF(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t) // outside any git repository: paths are relative to it
	version, _, _ := run(t, ".", binary, "version")
	log, status := sarifRun(t, dir, "./...")
	if status != 0 {
		t.Fatalf("-sarif exit status %d", status)
	}
	run := log.Runs[0]
	if want := "fnlint " + run.Tool.Driver.Version + " go"; run.Tool.Driver.Version == "" || !strings.HasPrefix(version, want) {
		t.Errorf("tool version %q; fnlint version prints %q", run.Tool.Driver.Version, version)
	}
	resolves(t, run.Tool.Driver.InformationURI)
	if v := run.Tool.Driver.SemanticVersion; !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(v) {
		t.Errorf("semanticVersion %q, want MAJOR.MINOR.PATCH", v)
	}
	rules := make(map[string]bool)
	for _, r := range run.Tool.Driver.Rules {
		resolves(t, r.HelpURI)
		rules[r.ID] = true
		// GitHub code scanning rejects a rule without a full description.
		if r.FullDescription == nil || r.FullDescription.Text == "" || r.Help == nil || !strings.HasPrefix(r.Help.Markdown, "# "+r.ID+"\n") {
			t.Errorf("rule %s: full description %+v, help %+v; want both, the help in Markdown", r.ID, r.FullDescription, r.Help)
		}
	}
	for _, name := range []string{"osexit", "backgroundwork", "missingresponse", "ignoredirective"} {
		if !rules[name] {
			t.Errorf("no rule for analyzer %s", name)
		}
	}
	if inv := run.Invocations; len(inv) != 1 || !inv[0].ExecutionSuccessful {
		t.Errorf("invocations %+v, want one that succeeded", inv)
	}
	if len(run.Results) != 17 {
		t.Errorf("%d results, want the sample's 17", len(run.Results))
	}
	fixes := 0
	fingerprints := make(map[string]bool)
	for _, res := range run.Results {
		if !rules[res.RuleID] || res.RuleIndex == nil || run.Tool.Driver.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result for rule %s has rule index %v", res.RuleID, res.RuleIndex)
		}
		uri := res.Locations[0].PhysicalLocation.ArtifactLocation.URI
		// The sample's findings are in its function, its handlers and
		// the helpers they call (internal/config, internal/notify).
		if !slices.Contains([]string{"function.go", "internal/handlers/handlers.go", "internal/config/config.go", "internal/notify/notify.go"}, uri) {
			t.Errorf("result at %q, want a path relative to the root of a file of the sample", uri)
		}
		if res.Locations[0].PhysicalLocation.Region.StartLine == 0 {
			t.Errorf("result without a region: %s", res.Message.Text)
		}
		fp := res.PartialFingerprints[sarifout.FingerprintKey]
		if fp == "" || fingerprints[fp] {
			t.Errorf("result %q: fingerprint %q missing or not unique", res.Message.Text, fp)
		}
		fingerprints[fp] = true
		fixes += len(res.Fixes)
	}
	if fixes == 0 {
		t.Error("no result carries the osexit fix")
	}

	// Lines added above every finding move them all and keep their
	// fingerprints.
	path := filepath.Join(dir, "function.go")
	src, _ := os.ReadFile(path)
	moved := strings.Replace(string(src), "\nimport", "\n// Two lines\n// more.\nimport", 1)
	if err := os.WriteFile(path, []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	log2, _ := sarifRun(t, dir, "./...")
	for _, res := range log2.Runs[0].Results {
		if !fingerprints[res.PartialFingerprints[sarifout.FingerprintKey]] {
			t.Errorf("after a line move, %s:%d %q has a new fingerprint", res.Locations[0].PhysicalLocation.ArtifactLocation.URI, res.Locations[0].PhysicalLocation.Region.StartLine, res.Message.Text)
		}
	}
}

// TestSARIFLoadErrors: when packages do not load, the log says the run
// did not succeed, with the errors and the remedy as notifications.
func TestSARIFLoadErrors(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/missing\n\ngo 1.24\n\nrequire example.com/nowhere v1.2.3\n",
		"fn.go":  "package missing\n\nimport _ \"example.com/nowhere\"\n",
	})
	log, status := sarifRun(t, dir, "./...")
	if status != 1 {
		t.Errorf("exit status %d, want 1", status)
	}
	inv := log.Runs[0].Invocations[0]
	var text []string
	for _, n := range inv.ToolExecutionNotifications {
		text = append(text, n.Level+": "+n.Message.Text)
	}
	all := strings.Join(text, "\n")
	if inv.ExecutionSuccessful || !strings.Contains(all, "error: ") || !strings.Contains(all, "example.com/nowhere") || !strings.Contains(all, "note: ") || !strings.Contains(all, "go mod download") {
		t.Errorf("invocation successful=%v with notifications:\n%s\nwant unsuccessful, naming the module and the remedy", inv.ExecutionSuccessful, all)
	}
}

// TestSARIFColumns: the log declares UTF-16 columns and writes them.
func TestSARIFColumns(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	path := filepath.Join(dir, "function.go")
	src, _ := os.ReadFile(path)
	if err := os.WriteFile(path, []byte(strings.Replace(string(src), fatalLine, unicodeLine, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	log, status := sarifRun(t, dir, "./...")
	if status != 0 {
		t.Fatalf("-sarif exit status %d", status)
	}
	run := log.Runs[0]
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q, want utf16CodeUnits", run.ColumnKind)
	}
	found := false
	for _, res := range run.Results {
		if !strings.HasPrefix(res.Message.Text, "log.Fatal terminates") || res.Locations[0].PhysicalLocation.ArtifactLocation.URI != "function.go" {
			continue
		}
		found = true
		r := res.Locations[0].PhysicalLocation.Region
		// 1-based: after \t\t, log.Print(", größe (5 units), a space, 😀 (2 units), "); and a space.
		const col = 1 + 2 + 11 + 5 + 1 + 2 + 4
		if r.StartLine != 68 || r.StartColumn != col || r.EndColumn != col+len(`log.Fatal("x")`) {
			t.Errorf("log.Fatal at %d:%d-%d, want 68:%d-%d", r.StartLine, r.StartColumn, r.EndColumn, col, col+len(`log.Fatal("x")`))
		}
		del := res.Fixes[0].ArtifactChanges[0].Replacements[0].DeletedRegion
		if del.StartColumn != col {
			t.Errorf("the fix deletes from column %d, want %d", del.StartColumn, col)
		}
	}
	if !found {
		t.Error("no result for log.Fatal")
	}
}
