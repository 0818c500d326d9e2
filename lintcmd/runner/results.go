package runner

import (
	"bytes"
	"go/scanner"
	"go/token"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/cache"
)

// A run's findings are kept in the cache (see lintcmd/cache) only for
// runs with no load or analysis error, and only for callers that need no
// types of the findings (Finding.Pkg is nil for findings read back):
// fnlint's text and -json output.

// resultsKey returns the key of the findings of suite over roots, the
// packages that patterns named with cfg, the content hashes of the files
// it read (see cache.Unchanged) and what the run's findings derive from
// besides the packages, or false when the run cannot be kept.
func resultsKey(c *cache.Cache, cfg packages.Config, patterns []string, roots []*packages.Package, suite []*analysis.Analyzer, config string) (_ cache.Key, hashed cache.Files, _ cache.Run, _ bool) {
	if len(cfg.Overlay) > 0 {
		return cache.Key{}, nil, cache.Run{}, false // an editor's buffers
	}
	for _, p := range roots {
		if p.Module == nil {
			// Files named on the command line (whose module the run
			// finds later, see setFileArgsModule), or GOPATH mode: no
			// module says which go.mod and Go version judge them.
			return cache.Key{}, nil, cache.Run{}, false
		}
	}
	dir := cfg.Dir
	if dir == "" {
		dir, _ = os.Getwd() // findings name files by absolute path
	}
	run := cache.Run{Dir: dir, Tests: cfg.Tests, BuildFlags: cfg.BuildFlags, Patterns: patterns, Suite: suite, Config: config}
	k, hashed, err := c.FindingsKey(run, roots)
	if err != nil {
		return cache.Key{}, nil, cache.Run{}, false
	}
	return k, hashed, run, true
}

// storeResults keeps the findings of a run under key.
func storeResults(c *cache.Cache, key cache.Key, findings []Finding) {
	c.PutFindings(key, encodeFindings(findings))
}

// encodeFindings returns findings as the cache keeps them: positions in
// the files the run parsed as offsets, which the key of the entry
// holding them pins (it holds the content of every file of the packages
// and of the local packages they import); positions in other files by
// their line (see lineOffset).
func encodeFindings(findings []Finding) []cache.Finding {
	out := make([]cache.Finding, 0, len(findings))
	for _, f := range findings {
		pos := func(p token.Pos) cache.Pos {
			if !p.IsValid() {
				return cache.Pos{}
			}
			posn := f.Fset.PositionFor(p, false)
			if f.Sources != nil {
				if _, ok := f.Sources.Content(posn.Filename); !ok {
					return lineOffset(posn)
				}
			}
			return cache.Pos{File: posn.Filename, Offset: posn.Offset}
		}
		cf := cache.Finding{
			Analyzer: f.Analyzer.Name, PkgID: f.PkgID, ModuleDir: f.ModuleDir,
			Pos: pos(f.Pos), End: pos(f.End), Category: f.Category, Message: f.Message, URL: f.URL,
		}
		for _, sf := range f.SuggestedFixes {
			fix := cache.Fix{Message: sf.Message}
			for _, e := range sf.TextEdits {
				fix.Edits = append(fix.Edits, cache.Edit{Pos: pos(e.Pos), End: pos(e.End), New: e.NewText})
			}
			cf.Fixes = append(cf.Fixes, fix)
		}
		for _, r := range f.Related {
			cf.Related = append(cf.Related, cache.Related{Pos: pos(r.Pos), End: pos(r.End), Message: r.Message})
		}
		out = append(out, cf)
	}
	return out
}

// lineOffset returns the cached form of a position in a file the run did
// not read from source: a position in a package read from export data,
// whose file set keeps lines (offsets there are not the file's), such as
// a related position at a dependency's declaration. Its offset is
// computed from the file on disk; a file that cannot be read, or a line
// it does not have, gives no position.
func lineOffset(posn token.Position) cache.Pos {
	src, err := os.ReadFile(posn.Filename)
	if err != nil || posn.Line < 1 {
		return cache.Pos{}
	}
	off := 0
	for line := 1; line < posn.Line; line++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return cache.Pos{}
		}
		off += i + 1
	}
	if col := posn.Column - 1; col > 0 {
		if end := bytes.IndexByte(src[off:], '\n'); end < 0 || col <= end {
			off += col
		}
	}
	return cache.Pos{File: posn.Filename, Offset: off}
}

// lookupResults returns the findings kept under key, their files read
// into srcs and a new file set, or false when there are none or they
// cannot be used (an entry that does not decode, an analyzer not in the
// suite, a file that is gone or shorter than a position in it): the run
// then analyzes.
func lookupResults(c *cache.Cache, key cache.Key, suite []*analysis.Analyzer, srcs *Sources) ([]Finding, bool) {
	cached, ok := c.Findings(key)
	if !ok {
		return nil, false
	}
	return decodeFindings(cached, suite, srcs)
}

// decodeFindings returns cached as findings of suite's analyzers, their
// files read into srcs and a new file set, or false when they cannot be
// used (an analyzer not in the suite, a file that is gone or shorter
// than a position in it).
func decodeFindings(cached []cache.Finding, suite []*analysis.Analyzer, srcs *Sources) ([]Finding, bool) {
	byName := make(map[string]*analysis.Analyzer)
	for _, a := range suite {
		byName[a.Name] = a
	}
	fset := token.NewFileSet()
	files := make(map[string]*token.File)
	read := newSources() // merged into srcs only if every position holds
	bad := false
	pos := func(cp cache.Pos) token.Pos {
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
