package analyzers_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/analyzers/flowgraph"
	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/docgen"
)

var update = flag.Bool("update", false, "rewrite the generated documentation")

// TestDocs fails when a page under docs/ or the analyzer table of the
// README is stale. Regenerate them with: go test ./analyzers -run TestDocs -update
func TestDocs(t *testing.T) {
	check := func(path string, want []byte) {
		t.Helper()
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is stale; run: go test ./analyzers -run TestDocs -update", path)
		}
	}
	// flowgraph, like funcmodel, serves the suite; it has no flags, so
	// it is not in All, but it has a page.
	for _, a := range append(analyzers.All(), flowgraph.Analyzer) {
		check(filepath.Join("..", "docs", "analyzers", a.Name+".md"), docgen.Page(a))
		if a.URL != analysisdoc.URL(a.Name) {
			t.Errorf("%s: URL = %q, want %q", a.Name, a.URL, analysisdoc.URL(a.Name))
		}
		// The URL, which SARIF and the language server show, names the
		// page in the repository.
		if path, ok := analysisdoc.RepositoryPath(a.URL); !ok {
			t.Errorf("%s: URL %q is not under %s", a.Name, a.URL, analysisdoc.FileBaseURL)
		} else if _, err := os.Stat(filepath.Join("..", filepath.FromSlash(path))); err != nil && !*update {
			t.Errorf("%s: URL %q names %s, which the repository lacks", a.Name, a.URL, path)
		}
	}
	for path, base := range map[string]string{
		filepath.Join("..", "README.md"):         "docs/analyzers/",
		filepath.Join("..", "docs", "README.md"): "analyzers/",
	} {
		page, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want, ok := docgen.Splice(page, docgen.Table(analyzers.Suite, base))
		if !ok {
			t.Fatalf("%s lacks the generated-table markers", path)
		}
		check(path, want)
	}
}

// TestSuite checks the invariants every analyzer of the suite keeps.
func TestSuite(t *testing.T) {
	seen := make(map[string]bool)
	for _, a := range analyzers.All() {
		if seen[a.Name] {
			t.Errorf("analyzer %s listed twice", a.Name)
		}
		seen[a.Name] = true
		if a.URL == "" || a.Doc == "" {
			t.Errorf("%s lacks a URL or Doc", a.Name)
		}
	}
}
