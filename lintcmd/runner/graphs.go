package runner

import (
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/packages"
)

// Graphs keeps the package graphs that the go command listed, for a
// caller that runs again and again over code that changes little (the
// language server, at every save), and answers a later run with the
// graph it kept while nothing the listing read has changed, as gopls
// reloads its metadata only when a file's package clause, imports or
// build constraints change, a file of a package is created or deleted,
// or a go.mod, go.sum or go.work changes. The go command is most of the
// time of a run over a small package.
//
// A graph is kept with the key of what the go command read that can
// change while the caller runs (see graphInputs): for every package of
// the graph in a directory the user edits (of a main or workspace
// module, of a module replaced by a local directory, or vendored), the
// names of its directory's files that the go command reads, and of each
// Go file its header (its build constraints, package clause and
// imports) as the overlay or the disk has it, with, for a test file,
// what the test main the go command writes depends on (the names and
// signatures of its test functions, its examples whole); every other
// source file (assembly, C) counts whole; the go.mod, go.sum, go.work
// and vendor/modules.txt files of the modules; and the go command's
// settings file (go env -w). The module cache and GOROOT do not change,
// and the environment, the build flags and the patterns are part of the
// key. A graph is not kept when the listing has an error (a missing
// module, a file whose header does not parse: the user is in the middle
// of something), when it is not of a module, when a package the user
// edits imports "C" (cgo's files depend on the whole file) or "embed"
// (the embedded files lie anywhere below the package), or when a file
// it read was written while the go command ran (see racySlack).
//
// The runner changes the packages it loads (their imports, types and
// syntax), so each run is given a copy of the listing. The zero value
// is not usable: make one with NewGraphs. It is safe for concurrent use.
type Graphs struct {
	mu      sync.Mutex
	entries map[string]*graphEntry // by query (see graphQuery)
	listed  int
	reused  int
}

// maxGraphs bounds how many queries' graphs a Graphs keeps.
const maxGraphs = 64

// A graphEntry is one listing kept.
type graphEntry struct {
	roots  []*packages.Package // as listed; never handed out
	inputs graphInputs
	key    [sha256.Size]byte
}

// NewGraphs returns an empty Graphs.
func NewGraphs() *Graphs { return &Graphs{entries: make(map[string]*graphEntry)} }

// Listed returns how many times the go command was asked for a graph
// (0 for a nil g).
func (g *Graphs) Listed() int {
	if g == nil {
		return 0
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.listed
}

// Reused returns how many runs were given a graph kept (0 for a nil g).
func (g *Graphs) Reused() int {
	if g == nil {
		return 0
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.reused
}

// list returns the graph of the packages patterns name as listGraph
// does, from g when it holds one whose inputs have not changed, and
// keeps the graph it lists when it can (see Graphs). A nil g lists.
func (g *Graphs) list(cfg packages.Config, patterns []string) ([]*packages.Package, error) {
	if g == nil {
		return listGraph(cfg, patterns)
	}
	query, ok := graphQuery(cfg, patterns)
	if ok {
		g.mu.Lock()
		e := g.entries[query]
		g.mu.Unlock()
		if e != nil {
			if key, ok := e.inputs.key(cfg.Overlay, time.Time{}); ok && key == e.key {
				g.mu.Lock()
				g.reused++
				g.mu.Unlock()
				return copyGraph(e.roots), nil
			}
		}
	}
	start := time.Now()
	g.mu.Lock()
	g.listed++
	g.mu.Unlock()
	roots, err := listGraph(cfg, patterns)
	if err != nil || !ok {
		return roots, err
	}
	if in, ok := newGraphInputs(cfg, roots); ok {
		if key, ok := in.key(cfg.Overlay, start); ok {
			g.mu.Lock()
			if len(g.entries) >= maxGraphs {
				for q := range g.entries {
					delete(g.entries, q) // any one
					break
				}
			}
			g.entries[query] = &graphEntry{roots: roots, inputs: in, key: key}
			g.mu.Unlock()
			return copyGraph(roots), nil
		}
	}
	g.mu.Lock()
	delete(g.entries, query)
	g.mu.Unlock()
	return roots, nil
}

// graphQuery returns what, besides the files, decides the graph the go
// command lists for patterns with cfg, or false when the graph is not to
// be kept: patterns that walk directories ("./...", "all", "work"),
// files named on the command line, or a go.mod named by a flag, which
// graphInputs would not watch.
func graphQuery(cfg packages.Config, patterns []string) (string, bool) {
	for _, p := range patterns {
		if strings.Contains(p, "...") || strings.HasSuffix(p, ".go") || strings.Contains(p, "=") || p == "all" || p == "work" {
			return "", false
		}
	}
	for _, f := range append(slices.Clone(cfg.BuildFlags), cfg.Env...) {
		if strings.Contains(f, "-modfile") {
			return "", false
		}
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return "", false
	}
	var q strings.Builder
	fmt.Fprintf(&q, "%s\x00%t\x00%q\x00%q\x00%q", dir, cfg.Tests, patterns, cfg.BuildFlags, cfg.Env)
	return q.String(), true
}

// copyGraph returns a copy of the graph below roots, for a run to
// change: each package's struct, with its imports pointing to the
// copies. The files, module and sizes are shared: the run does not
// change them.
func copyGraph(roots []*packages.Package) []*packages.Package {
	copies := make(map[*packages.Package]*packages.Package)
	packages.Visit(roots, nil, func(p *packages.Package) {
		c := *p
		c.Errors = slices.Clip(c.Errors)
		copies[p] = &c
	})
	for _, c := range copies {
		imports := make(map[string]*packages.Package, len(c.Imports))
		for path, imp := range c.Imports {
			imports[path] = copies[imp]
		}
		c.Imports = imports
	}
	out := make([]*packages.Package, len(roots))
	for i, p := range roots {
		out[i] = copies[p]
	}
	return out
}
