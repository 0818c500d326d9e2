package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/cache"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/scaffold"
)

// The findings of a whole run are kept in the cache too, under a key of
// everything they derive from, so that a run over code that has not
// changed since the last one (a second run in CI, a pre-commit hook)
// answers without parsing, type-checking or analyzing: the go command's
// package graph, which every run asks for, is then most of its time.
//
// The key holds, for every requested package and everything it imports,
// what the dependencies' keys hold (names, file names with their
// content, or name, size and time in the module cache and GOROOT, the
// module's version and Go version, imports, errors) and also the user's
// own packages and their modules' go.mod content; the patterns, the
// directory, the build flags and whether tests count; the analyzers and
// every flag of theirs; and the day (runtimeversion judges the runtimes'
// dates by it). The cache's salt adds fnlint's own executable and the
// build environment.

// findingsMagic starts every entry of findings; it changes with its
// format.
const findingsMagic = "fnlint findings 1\n"

// A Pos is a position as a file name and an offset in it.
type Pos struct {
	File   string `json:",omitempty"`
	Offset int    `json:",omitempty"`
}

// An Edit is a suggested fix's text edit.
type Edit struct {
	Pos, End Pos
	New      []byte
}

// A Fix is a suggested fix.
type Fix struct {
	Message string
	Edits   []Edit
}

// A Related is a related position of a finding.
type Related struct {
	Pos, End Pos
	Message  string
}

// A Finding is a finding as the cache keeps it: its analyzer by name,
// its positions as file offsets.
type Finding struct {
	Analyzer, PkgID, ModuleDir string
	Pos, End                   Pos
	Category, Message, URL     string    `json:",omitempty"`
	Fixes                      []Fix     `json:",omitempty"`
	Related                    []Related `json:",omitempty"`
}

// A Run says what the findings of a run derive from, besides its
// packages: what the go command was asked, and the analyzers.
type Run struct {
	Dir        string // absolute: findings name files by absolute path
	Tests      bool
	BuildFlags []string
	Patterns   []string
	Suite      []*analysis.Analyzer
	// Config is the text of the configuration that applies to the
	// packages (internal/config): its files and the driver's selection.
	Config string
}

// Files holds the content hashes of the files a key was computed from
// that are known by their content (see Unchanged).
type Files map[string]FileState

// A FileState is a file's content hash, and what its stat said when it
// was hashed.
type FileState struct {
	Sum    [sha256.Size]byte
	size   int64
	mtime  time.Time
	hashed time.Time
}

// modTimeCutoff is how much older than its hash a file's modification
// time must be for its stat to stand for its content, the go command's
// rule for its own file hashes (cmd/go/internal/work's modTimeCutoff): a
// file written again within the file system's time granularity of the
// hash may keep its time.
const modTimeCutoff = 2 * time.Second

// FindingsKey returns the key of the findings of run over roots, the
// packages its patterns named, and the files hashed by content (those
// of every findings' key that c computed: FindingsKey and ResultKeys
// share their work), or an error when a file cannot be read.
func (c *Cache) FindingsKey(run Run, roots []*packages.Package) (Key, Files, error) {
	h := cache.NewHash("findings")
	hashf(h, "patterns %q\n", run.Patterns)
	hashRun(h, run)
	c.mu.Lock()
	defer c.mu.Unlock()
	kg := c.localKeying()
	sorted := slices.Clone(roots)
	slices.SortFunc(sorted, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	for _, p := range sorted {
		k, err := c.packageKey(p, kg)
		if err != nil {
			return Key{}, nil, err
		}
		hashf(h, "root %s %x\n", p.ID, k)
	}
	return Key(cache.Subkey(c.salt, fmt.Sprintf("%x", h.Sum()))), kg.hashed, nil
}

// hashRun writes to h what the findings of every package of run derive
// from besides the packages themselves (all of Run but its patterns).
func hashRun(h *cache.Hash, run Run) {
	hashf(h, "dir %s tests %v flags %q day %s\n", run.Dir, run.Tests, run.BuildFlags, time.Now().UTC().Format(time.DateOnly))
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		hashf(h, "analyzer %s\n", a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) {
			// A flag a driver set overrides the configuration files.
			hashf(h, "flag %s.%s=%q explicit %v\n", a.Name, f.Name, f.Value.String(), scaffold.Explicit(f))
		})
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range run.Suite {
		visit(a)
	}
	hashf(h, "config %q\n", run.Config)
}

// Unchanged reports whether every file in files still has the content
// it had when its key was computed: a file saved while the run read it
// must not have the findings of its new text kept under the key of its
// old one. (Files known by name, size and time are in the module cache
// and GOROOT, which do not change.)
//
// A file whose size and modification time are those it had when it was
// hashed, and whose time was then older than modTimeCutoff, has not
// changed; any other file is hashed again.
func Unchanged(files Files) bool {
	for name, st := range files {
		info, err := os.Stat(name)
		if err != nil {
			return false
		}
		if info.Size() == st.size && info.ModTime().Equal(st.mtime) && st.hashed.Sub(st.mtime) > modTimeCutoff {
			continue
		}
		if now, err := contentHash(name); err != nil || now != st.Sum {
			return false
		}
	}
	return true
}

// PutFindings keeps findings under k. A failed write only costs the next
// run the work.
func (c *Cache) PutFindings(k Key, findings []Finding) {
	if findings == nil {
		findings = []Finding{}
	}
	data, err := json.Marshal(findings)
	if err != nil {
		return
	}
	_ = c.c.PutBytes(cache.ActionID(k), append([]byte(findingsMagic), data...))
}

// Findings returns the findings kept under k, or false when there are
// none or they do not decode.
func (c *Cache) Findings(k Key) ([]Finding, bool) {
	data, _, err := c.c.GetBytes(cache.ActionID(k))
	if err != nil {
		return nil, false
	}
	body, ok := bytes.CutPrefix(data, []byte(findingsMagic))
	if !ok {
		return nil, false
	}
	var findings []Finding
	if err := json.Unmarshal(body, &findings); err != nil {
		return nil, false
	}
	return findings, true
}
