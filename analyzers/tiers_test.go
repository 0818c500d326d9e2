package analyzers_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// tiers ranks the repository's top-level folders: a package may import
// packages of its own tier or of a lower one, never a higher one.
var tiers = map[string]int{
	"internal":  0, // ground: knowledge tables, locality, fixes, suppress
	"model":     1, // the execution model and its engines
	"analyzers": 2, // the checks
	"lintcmd":   3, // the drivers
	"plugin":    3,
	"cmd":       3,
}

const module = "github.com/fnlint/fnlint/"

func tierOf(rel string) (string, int, bool) {
	top, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
	t, ok := tiers[top]
	return top, t, ok
}

// TestTiers parses the imports of every Go file of the repository
// (tests included, testdata excluded) and fails on an import that runs
// upward, from a lower tier to a higher one.
func TestTiers(t *testing.T) {
	root := ".."
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || (strings.HasPrefix(name, ".") && path != root) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		from, fromTier, ok := tierOf(rel)
		if !ok {
			return nil // the module root's own files, if any
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !strings.HasPrefix(p, module) {
				continue
			}
			to, toTier, ok := tierOf(strings.TrimPrefix(p, module))
			if !ok {
				t.Errorf("%s imports %s, which is in no tier", rel, p)
				continue
			}
			if toTier > fromTier {
				t.Errorf("%s (%s) imports %s (%s): imports must not run upward", rel, from, p, to)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Fatalf("checked only %d files; is the repository root wrong?", checked)
	}
}
