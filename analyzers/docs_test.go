package analyzers_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/docgen"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
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
		dir := "analyzers"
		if a == funcmodel.Analyzer || a == flowgraph.Analyzer {
			dir = "model"
		}
		check(filepath.Join("..", "docs", "analyzers", a.Name+".md"), docgen.Page(dir, a))
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

// TestDefaultIsNew: the Default suite, the packages' own Analyzer
// variables, has the analyzers of New, in its order: each entry of
// package checks pairs a package's Analyzer with its own constructor.
func TestDefaultIsNew(t *testing.T) {
	var got, want []string
	for _, a := range analyzers.Default.All() {
		got = append(got, a.Name)
	}
	for _, a := range analyzers.New(funcmodel.Config{}).All() {
		want = append(want, a.Name)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Default has %v, New %v", got, want)
	}
}

// TestBazelList: docs/bazel.md's nogo list names every analyzer of the
// suite, in order, and nothing else.
func TestBazelList(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "docs", "bazel.md"))
	if err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, m := range regexp.MustCompile(`"@com_github_fnlint_fnlint//analyzers/(\w+)"`).FindAllSubmatch(page, -1) {
		got = append(got, string(m[1]))
	}
	for _, a := range analyzers.Suite {
		want = append(want, a.Name)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("docs/bazel.md lists %v, want the suite %v", got, want)
	}
}

// TestDocLinks: docs/README.md links every page of docs/, and every
// relative link of the README and of docs/ names a file that exists.
func TestDocLinks(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("..", "docs", "*.md"))
	more, _ := filepath.Glob(filepath.Join("..", "docs", "analyzers", "*.md"))
	link := regexp.MustCompile(`\]\(([^)#\s]+)(#[^)]*)?\)`)
	linked := make(map[string]bool)
	for _, page := range append(append(pages, more...), filepath.Join("..", "README.md")) {
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllSubmatch(data, -1) {
			target := string(m[1])
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			path := filepath.Join(filepath.Dir(page), filepath.FromSlash(target))
			if _, err := os.Stat(path); err != nil {
				t.Errorf("%s links %s, which does not exist", page, target)
			}
			if filepath.Base(page) == "README.md" && filepath.Dir(page) == filepath.Join("..", "docs") {
				linked[filepath.Clean(path)] = true
			}
		}
	}
	for _, page := range append(pages, more...) {
		if filepath.Base(page) != "README.md" && !linked[filepath.Clean(page)] {
			t.Errorf("docs/README.md does not link %s", page)
		}
	}
}
