package runner

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"go/scanner"
	"go/token"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/cache"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The findings of a whole run are kept in the cache too, under a key of
// everything they derive from, so that a run over code that has not
// changed since the last one (a second run in CI, a pre-commit hook)
// answers without parsing, type-checking or analyzing: the go command's
// package graph, which every run asks for, is then most of its time.
//
// The key holds, for every requested package and everything it imports,
// what the dependency summaries' keys hold (names, file names with their
// content, or name, size and time in the module cache and GOROOT, the
// module's version and Go version, imports) and also the user's own
// packages, their errors and their modules' go.mod content; the
// patterns, the directory, the build flags and whether tests count; the
// analyzers and every flag of theirs; and the day (runtimeversion judges
// the runtimes' dates by it). The cache's salt adds fnlint's own
// executable and the build environment.
//
// Only runs with no load or analysis error are kept, and only for
// callers that need no types of the findings (Finding.Pkg is nil for
// findings read back): fnlint's text and -json output.

// resultsMagic starts every entry of findings; it changes with its
// format.
const resultsMagic = "fnlint findings 1\n"

// A cachedPos is a position as a file name and an offset in it.
type cachedPos struct {
	File   string `json:",omitempty"`
	Offset int    `json:",omitempty"`
}

type cachedEdit struct {
	Pos, End cachedPos
	New      []byte
}

type cachedFix struct {
	Message string
	Edits   []cachedEdit
}

type cachedRelated struct {
	Pos, End cachedPos
	Message  string
}

type cachedFinding struct {
	Analyzer, PkgID, ModuleDir string
	Pos, End                   cachedPos
	Category, Message, URL     string          `json:",omitempty"`
	Fixes                      []cachedFix     `json:",omitempty"`
	Related                    []cachedRelated `json:",omitempty"`
}

// resultsKey returns the key of the findings of suite over roots, the
// packages that patterns named with cfg, and the content hashes of the
// files it read (see unchanged), or false when the run cannot be kept.
func (dc *depCache) resultsKey(cfg packages.Config, patterns []string, roots []*packages.Package, suite []*analysis.Analyzer) (_ cache.ActionID, hashed map[string][sha256.Size]byte, _ bool) {
	if len(cfg.Overlay) > 0 {
		return cache.ActionID{}, nil, false // an editor's buffers
	}
	for _, p := range roots {
		if p.Module == nil {
			// Files named on the command line (whose module the run
			// finds later, see setFileArgsModule), or GOPATH mode: no
			// module says which go.mod and Go version judge them.
			return cache.ActionID{}, nil, false
		}
	}
	dir := cfg.Dir
	if dir == "" {
		dir, _ = os.Getwd() // findings name files by absolute path
	}
	h := cache.NewHash("findings")
	hashf(h, "dir %s tests %v flags %q patterns %q day %s\n", dir, cfg.Tests, cfg.BuildFlags, patterns, time.Now().UTC().Format(time.DateOnly))
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		hashf(h, "analyzer %s\n", a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) { hashf(h, "flag %s.%s=%q\n", a.Name, f.Name, f.Value.String()) })
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range suite {
		visit(a)
	}
	kg := keying{keys: make(map[*packages.Package]cache.ActionID), withLocal: true, hashed: make(map[string][sha256.Size]byte)}
	sorted := slices.Clone(roots)
	slices.SortFunc(sorted, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	for _, p := range sorted {
		k, err := dc.packageKey(p, kg)
		if err != nil {
			return cache.ActionID{}, nil, false
		}
		hashf(h, "root %s %x\n", p.ID, k)
	}
	return cache.Subkey(dc.salt, fmt.Sprintf("%x", h.Sum())), kg.hashed, true
}

// unchanged reports whether every file that resultsKey hashed by content
// still has that content: a file saved while the run read it must not
// have the findings of its new text kept under the key of its old one.
// (Files known by name, size and time are in the module cache and
// GOROOT, which do not change.)
func unchanged(hashed map[string][sha256.Size]byte) bool {
	for name, sum := range hashed {
		if now, err := contentHash(name); err != nil || now != sum {
			return false
		}
	}
	return true
}

// storeResults keeps the findings of a run under key.
func (dc *depCache) storeResults(key cache.ActionID, findings []Finding) {
	out := make([]cachedFinding, 0, len(findings))
	for _, f := range findings {
		pos := func(p token.Pos) cachedPos {
			if !p.IsValid() {
				return cachedPos{}
			}
			posn := f.Fset.PositionFor(p, false)
			return cachedPos{posn.Filename, posn.Offset}
		}
		cf := cachedFinding{
			Analyzer: f.Analyzer.Name, PkgID: f.PkgID, ModuleDir: f.ModuleDir,
			Pos: pos(f.Pos), End: pos(f.End), Category: f.Category, Message: f.Message, URL: f.URL,
		}
		for _, sf := range f.SuggestedFixes {
			fix := cachedFix{Message: sf.Message}
			for _, e := range sf.TextEdits {
				fix.Edits = append(fix.Edits, cachedEdit{pos(e.Pos), pos(e.End), e.NewText})
			}
			cf.Fixes = append(cf.Fixes, fix)
		}
		for _, r := range f.Related {
			cf.Related = append(cf.Related, cachedRelated{pos(r.Pos), pos(r.End), r.Message})
		}
		out = append(out, cf)
	}
	data, err := json.Marshal(out)
	if err != nil {
		return
	}
	_ = dc.c.PutBytes(key, append([]byte(resultsMagic), data...)) // a failed write only costs the next run the work
}

// lookupResults returns the findings kept under key, their files read
// into srcs and a new file set, or false when there are none or they
// cannot be used (an entry that does not decode, an analyzer not in the
// suite, a file that is gone or shorter than a position in it): the run
// then analyzes.
func (dc *depCache) lookupResults(key cache.ActionID, suite []*analysis.Analyzer, srcs *Sources) ([]Finding, bool) {
	data, _, err := dc.c.GetBytes(key)
	if err != nil {
		return nil, false
	}
	body, ok := bytes.CutPrefix(data, []byte(resultsMagic))
	if !ok {
		return nil, false
	}
	var cached []cachedFinding
	if err := json.Unmarshal(body, &cached); err != nil {
		return nil, false
	}
	byName := make(map[string]*analysis.Analyzer)
	for _, a := range suite {
		byName[a.Name] = a
	}
	fset := token.NewFileSet()
	files := make(map[string]*token.File)
	read := newSources() // merged into srcs only if every position holds
	bad := false
	pos := func(cp cachedPos) token.Pos {
		if cp.File == "" {
			return token.NoPos
		}
		tf, ok := files[cp.File]
		if !ok {
			tf = addDiskFile(fset, read, cp.File)
			files[cp.File] = tf
		}
		if tf == nil || cp.Offset < 0 || cp.Offset > tf.Size() {
			bad = true
			return token.NoPos
		}
		return tf.Pos(cp.Offset)
	}
	findings := make([]Finding, 0, len(cached))
	for _, cf := range cached {
		a := byName[cf.Analyzer]
		if a == nil {
			return nil, false
		}
		d := analysis.Diagnostic{Pos: pos(cf.Pos), End: pos(cf.End), Category: cf.Category, Message: cf.Message, URL: cf.URL}
		for _, fix := range cf.Fixes {
			sf := analysis.SuggestedFix{Message: fix.Message}
			for _, e := range fix.Edits {
				sf.TextEdits = append(sf.TextEdits, analysis.TextEdit{Pos: pos(e.Pos), End: pos(e.End), NewText: e.New})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, sf)
		}
		for _, r := range cf.Related {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: pos(r.Pos), End: pos(r.End), Message: r.Message})
		}
		findings = append(findings, Finding{Analyzer: a, Fset: fset, PkgID: cf.PkgID, ModuleDir: cf.ModuleDir, Sources: srcs, Diagnostic: d})
	}
	if bad {
		return nil, false
	}
	for name, src := range read.files {
		srcs.add(name, src)
	}
	return findings, true
}

// addDiskFile adds the file at name, as it is on disk, to fset and srcs,
// scanning a Go file so that its lines and //line directives are those
// the parser recorded in the run that kept the findings (the key says
// the content is the same); nil when it cannot be read.
func addDiskFile(fset *token.FileSet, srcs *Sources, name string) *token.File {
	src, err := os.ReadFile(name)
	if err != nil {
		return nil
	}
	srcs.add(name, src)
	tf := fset.AddFile(name, -1, len(src))
	if !strings.HasSuffix(name, ".go") {
		tf.SetLinesForContent(src) // go.mod, as runtimeversion reads it
		return tf
	}
	var s scanner.Scanner
	s.Init(tf, src, nil, scanner.ScanComments)
	for {
		if _, tok, _ := s.Scan(); tok == token.EOF {
			break
		}
	}
	return tf
}
