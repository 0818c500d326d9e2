package cache

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"
)

// pkg returns a package of one file, with content src, in a directory of
// its own.
func pkg(t *testing.T, path, src string) *packages.Package {
	t.Helper()
	name := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return &packages.Package{ID: path, PkgPath: path, Name: "p", CompiledGoFiles: []string{name}, GoFiles: []string{name}}
}

func open(t *testing.T, dir string, local func(*packages.Package) bool) *Cache {
	t.Helper()
	c, err := Open(dir, nil, local)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func notLocal(*packages.Package) bool { return false }

// TestEntries: an entry reads back as written, its summaries sorted,
// from a second Cache over the same directory; an entry of another kind
// and a corrupt one read as missing.
func TestEntries(t *testing.T) {
	dir := t.TempDir()
	p := pkg(t, "example.com/p", "package p\n")
	c := open(t, dir, notLocal)
	k, err := c.PackageKey(p)
	if err != nil {
		t.Fatal(err)
	}
	if e := c.Entry(k); e != nil {
		t.Fatalf("empty cache: got an entry %+v", e)
	}
	want := &Entry{Export: []byte("export data"), Summaries: []Summary{{Effect: "exits", Func: "example.com/p.B"}, {Effect: "exits", Func: "example.com/p.A", Path: []string{"x"}}}}
	c.PutEntry(k, want)
	c2 := open(t, dir, notLocal)
	k2, err := c2.PackageKey(p)
	if err != nil || k2 != k {
		t.Fatalf("key in a second run: %x, %v; want %x", k2, err, k)
	}
	got := c2.Entry(k)
	sorted := &Entry{Export: want.Export, Summaries: []Summary{want.Summaries[1], want.Summaries[0]}}
	if !reflect.DeepEqual(got, sorted) {
		t.Errorf("Entry = %+v, want %+v", got, sorted)
	}

	c2.PutFindings(k, []Finding{{Analyzer: "osexit", Message: "m"}})
	if e := c2.Entry(k); e != nil {
		t.Errorf("findings read as an entry: %+v", e)
	}
	if fs, ok := c2.Findings(k); !ok || len(fs) != 1 || fs[0].Message != "m" {
		t.Errorf("Findings = %+v, %v", fs, ok)
	}

	c2.PutEntry(k, want)
	corrupt(t, dir)
	if e := open(t, dir, notLocal).Entry(k); e != nil {
		t.Errorf("corrupt entry read as %+v", e)
	}
}

// corrupt overwrites the content of every entry in the cache at dir.
func corrupt(t *testing.T, dir string) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, "-d") {
			n++
			return os.WriteFile(path, []byte("garbage"), 0o644)
		}
		return err
	})
	if err != nil || n == 0 {
		t.Fatalf("corrupting %d entries: %v", n, err)
	}
}

// TestPackageKey: a package's key changes with the content of its files
// and of its imports' files, and a dependency that imports the user's
// own code has none.
func TestPackageKey(t *testing.T) {
	dep := pkg(t, "example.com/dep", "package dep\n")
	p := pkg(t, "example.com/p", "package p\n\nimport _ \"example.com/dep\"\n")
	p.Imports = map[string]*packages.Package{"example.com/dep": dep}
	key := func() Key {
		t.Helper()
		k, err := open(t, t.TempDir(), notLocal).PackageKey(p)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	before := key()
	if again := key(); again != before {
		t.Fatalf("key not stable: %x, %x", before, again)
	}
	if err := os.WriteFile(dep.CompiledGoFiles[0], []byte("package dep // edited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if after := key(); after == before {
		t.Errorf("key unchanged after an edit of an imported package")
	}
	isDep := func(q *packages.Package) bool { return q == dep }
	if _, err := open(t, t.TempDir(), isDep).PackageKey(p); err == nil {
		t.Errorf("a package importing the user's own code has a key")
	}
}

// TestFindingsKey: the key of a run's findings changes with the
// patterns, and the files it hashed by content are Unchanged until one
// is edited.
func TestFindingsKey(t *testing.T) {
	p := pkg(t, "example.com/p", "package p\n")
	c := open(t, t.TempDir(), func(*packages.Package) bool { return true })
	k1, files, err := c.FindingsKey(Run{Dir: "/d", Patterns: []string{"./..."}}, []*packages.Package{p})
	if err != nil {
		t.Fatal(err)
	}
	k2, _, err := c.FindingsKey(Run{Dir: "/d", Patterns: []string{"."}}, []*packages.Package{p})
	if err != nil || k1 == k2 {
		t.Errorf("same key for other patterns (%v)", err)
	}
	if _, ok := files[p.CompiledGoFiles[0]]; !ok || !Unchanged(files) {
		t.Fatalf("files hashed: %v, unchanged %v", files, Unchanged(files))
	}
	if err := os.WriteFile(p.CompiledGoFiles[0], []byte("package p // edited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if Unchanged(files) {
		t.Errorf("Unchanged after an edit")
	}

	// A file older than the cutoff is known by its stat: an edit of the
	// same size is seen by its new time, and one written back with its
	// old time is hashed when its size differs.
	name := p.CompiledGoFiles[0]
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(name, old, old); err != nil {
		t.Fatal(err)
	}
	_, files, err = open(t, t.TempDir(), func(*packages.Package) bool { return true }).FindingsKey(Run{Dir: "/d"}, []*packages.Package{p})
	if err != nil {
		t.Fatal(err)
	}
	if !Unchanged(files) {
		t.Errorf("an old file not Unchanged")
	}
	if err := os.WriteFile(name, []byte("package p // EDITED\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if Unchanged(files) {
		t.Errorf("Unchanged after an edit of the same size")
	}
	if err := os.WriteFile(name, []byte("package p // edited again\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(name, old, old); err != nil {
		t.Fatal(err)
	}
	if Unchanged(files) {
		t.Errorf("Unchanged after an edit that kept the file's time")
	}
}

// TestResultKeys: a package's results key changes with its imports'
// content, not with the patterns; its findings read back only under the
// registrations digest they were kept with, its registrations as
// written, and a corrupt entry reads as missing.
func TestResultKeys(t *testing.T) {
	dir := t.TempDir()
	dep := pkg(t, "example.com/dep", "package dep\n")
	p := pkg(t, "example.com/p", "package p\n\nimport _ \"example.com/dep\"\n")
	p.Imports = map[string]*packages.Package{"example.com/dep": dep}
	all := func(*packages.Package) bool { return true }
	keys := func(patterns ...string) map[*packages.Package]Key {
		t.Helper()
		ks, _, err := open(t, dir, all).ResultKeys(Run{Dir: "/d", Patterns: patterns}, []*packages.Package{p, dep})
		if err != nil {
			t.Fatal(err)
		}
		return ks
	}
	before := keys("./...")
	if other := keys("."); other[p] != before[p] {
		t.Errorf("the patterns change a package's key")
	}
	c := open(t, dir, all)
	want := []Finding{{Analyzer: "osexit", PkgID: "example.com/p", Message: "m", Pos: Pos{File: "/d/p.go", Offset: 3}}}
	c.PutPackageFindings(before[p], "digest", want)
	if got, ok := c.PackageFindings(before[p], "digest"); !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("PackageFindings = %+v, %v; want %+v", got, ok, want)
	}
	if _, ok := c.PackageFindings(before[p], "other digest"); ok {
		t.Errorf("findings read back under another registrations digest")
	}
	regs := Registrations{Modelled: true, Path: "example.com/p", Entries: []Registered{{Target: "example.com/dep"}}}
	regs.Entries[0].Entry.Key, regs.Entries[0].Entry.Name = "example.com/dep.F", "F"
	c.PutRegistrations(before[p], regs)
	if got, ok := c.Registrations(before[p]); !ok || !reflect.DeepEqual(got, regs) {
		t.Errorf("Registrations = %+v, %v; want %+v", got, ok, regs)
	}
	if err := os.WriteFile(dep.CompiledGoFiles[0], []byte("package dep // edited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	after := keys("./...")
	if after[p] == before[p] || after[dep] == before[dep] {
		t.Errorf("keys unchanged after an edit of an imported package")
	}
	if _, ok := c.PackageFindings(after[p], "digest"); ok {
		t.Errorf("findings read back after an edit of an imported package")
	}
	corrupt(t, dir)
	if _, ok := c.Registrations(before[p]); ok {
		t.Errorf("a corrupt entry read back")
	}
}
