package lsp

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/lintcmd/textpos"
)

// A pending analysis of the package in a directory.
type pending struct {
	due    time.Time
	urgent bool // asked for by an open, a save or a code action: not debounced
}

// A run is the analysis under way.
type run struct {
	dir    string
	gens   map[string]int // the generation of every open document it reads
	cancel context.CancelFunc
}

// fileResult is what the last analysis published for a file.
type fileResult struct {
	// gen is the generation analyzed: a document's, -1 for the file on
	// disk, -2 when the document closed since.
	gen     int
	version *int32 // the document's version, nil for the file on disk
	fixes   []fixable
	// dir is the package directory whose analysis published it: the
	// file's own, or for a shared file (a module's go.mod, a deployment
	// descriptor), the directory of a package that reported there
	// (runtimeversion).
	dir string
}

// A fixable is a published diagnostic with its quick fixes.
type fixable struct {
	diag  diagnostic
	fixes []plannedFix
}

// A plannedFix is a suggested fix as the analysis computed it, checked
// against the documents when a code action offers it.
type plannedFix struct {
	title string
	files []plannedEdits
}

// plannedEdits are a fix's edits of one file, at the generation of the
// file that was analyzed (with the hash of its text when it was the
// file on disk).
type plannedEdits struct {
	path    string
	gen     int
	version *int32
	hash    [sha256.Size]byte
	edits   []textEdit
}

// schedule queues an analysis of the package in dir after delay, or as
// soon as possible when delay is 0; a package queued already is analyzed
// once. s.mu is held.
func (s *server) schedule(dir string, delay time.Duration) {
	if s.shutdown {
		return
	}
	p := s.queue[dir]
	if p == nil {
		p = &pending{}
		s.queue[dir] = p
	} else {
		s.stats.coalesced++
	}
	now := time.Now()
	switch {
	case delay == 0:
		p.due, p.urgent = now, true
	case !p.urgent:
		p.due = now.Add(delay) // the next edit restarts the wait
	}
	s.signal()
}

// signal wakes the analysis loop.
func (s *server) signal() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// cancelStale cancels the analysis under way when it reads the
// documents of dir, one of which changed; s.mu is held.
func (s *server) cancelStale(dir string) {
	if s.running != nil && s.running.dir == dir {
		s.running.cancel()
	}
}

// loop runs the queued analyses, one at a time, each when it is due.
func (s *server) loop() {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		s.mu.Lock()
		if s.shutdown {
			s.mu.Unlock()
			return
		}
		dir, wait := s.next(time.Now())
		s.mu.Unlock()
		if dir != "" {
			s.analyze(dir)
			continue
		}
		if wait > 0 {
			timer.Reset(wait)
		}
		select {
		case <-s.wake:
		case <-timer.C:
		case <-s.quit:
			return
		}
		timer.Stop()
	}
}

// next removes from the queue and returns the directory whose analysis
// is due, or returns how long to wait for one (0: until signalled);
// s.mu is held.
func (s *server) next(now time.Time) (string, time.Duration) {
	first := ""
	for dir, p := range s.queue {
		if first == "" || p.due.Before(s.queue[first].due) {
			first = dir
		}
	}
	if first == "" {
		return "", 0
	}
	if due := s.queue[first].due; due.After(now) {
		return "", due.Sub(now)
	}
	delete(s.queue, first)
	return first, 0
}

// gensIn returns the generations of the open documents in dir; s.mu is
// held.
func (s *server) gensIn(dir string) map[string]int {
	gens := make(map[string]int)
	for path, d := range s.docs {
		if filepath.Dir(path) == dir {
			gens[path] = d.gen
		}
	}
	return gens
}

// inDir returns the entries of gens for files in dir.
func inDir(gens map[string]int, dir string) map[string]int {
	in := make(map[string]int)
	for path, g := range gens {
		if filepath.Dir(path) == dir {
			in[path] = g
		}
	}
	return in
}

// analyze analyzes the package in dir, with the open documents as an
// overlay, and publishes the diagnostics of its files.
func (s *server) analyze(dir string) {
	s.mu.Lock()
	overlay := make(map[string][]byte)
	gens := make(map[string]int)
	unknown := false
	for path, d := range s.docs {
		if d.unknown {
			unknown = unknown || filepath.Dir(path) == dir
			continue
		}
		overlay[path] = d.text
		gens[path] = d.gen
	}
	if unknown {
		waiters := s.takeWaiters(dir, func(*waiter) bool { return true })
		s.mu.Unlock()
		s.log(messageInfo, "not analyzing %s until the client sends the text of its documents again (on save)", dir)
		s.answer(waiters)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.running = &run{dir: dir, gens: gens, cancel: cancel}
	s.stats.analyses++
	n := s.stats.analyses
	s.mu.Unlock()

	start := time.Now()
	var roots []*packages.Package
	cfg := packages.Config{Dir: dir, Tests: true, Overlay: overlay, Context: ctx}
	opts := s.opts
	opts.Visit = func(p *packages.Package) {
		if len(p.GoFiles) > 0 && filepath.Dir(p.GoFiles[0]) == dir {
			roots = append(roots, p)
		}
	}
	listed := opts.Graphs.Listed()
	findings, errs, err := runner.RunWith(cfg, []string{"."}, s.suite, opts)
	graph := "reused"
	if opts.Graphs == nil || opts.Graphs.Listed() != listed {
		graph = "listed"
	}
	cancelled := ctx.Err() != nil
	cancel()
	elapsed := time.Since(start).Round(time.Millisecond)

	s.mu.Lock()
	s.running = nil
	if s.shutdown {
		s.mu.Unlock()
		return
	}
	if cancelled || !maps.Equal(inDir(gens, dir), s.gensIn(dir)) {
		// A document of the package changed: a newer analysis is queued.
		s.stats.stale++
		waiters := s.takeWaiters(dir, func(w *waiter) bool { return s.gen(w.path) != w.gen })
		st := s.stats
		s.mu.Unlock()
		s.answer(waiters)
		s.log(messageLog, "analysis %d of %s is stale: a document changed while it ran (%d analyses, %d requests coalesced, %d stale)",
			n, dir, st.analyses, st.coalesced, st.stale)
		return
	}

	s.analyzed[dir] = inDir(gens, dir)
	problem := loadProblem(dir, err, errs)
	var notices []string
	if problem == "" {
		delete(s.shown, dir)
	} else if s.shown[dir] != problem {
		s.shown[dir] = problem
		notices = append(notices, problem)
	}
	var publish []publishDiagnosticsParams
	failed, why := failedFiles(roots)
	if err == nil {
		publish = s.record(dir, findings, gens, failed)
	}
	waiters := s.takeWaiters(dir, func(*waiter) bool { return true })
	st := s.stats
	s.mu.Unlock()

	for _, p := range publish {
		if err := s.conn.Notify(context.Background(), "textDocument/publishDiagnostics", p); err != nil {
			s.logf("fnlint lsp: publish %s: %v", p.URI, err)
		}
	}
	s.answer(waiters)
	for _, msg := range notices {
		s.show(messageError, msg)
	}
	const maxErrors = 10
	for i, e := range errs {
		if i == maxErrors {
			s.log(messageWarning, "and %d more errors", len(errs)-maxErrors)
			break
		}
		s.log(messageWarning, "%s", e)
	}
	switch {
	case err != nil:
		s.log(messageError, "%s: %v", dir, err)
	case len(failed) > 0:
		s.log(messageWarning, "%s does not type-check (%s): the files it fails on keep their last diagnostics", dir, why)
	}
	s.log(messageLog, "analysis %d of %s: %d diagnostics in %s, package graph %s (%d analyses, %d requests coalesced, %d stale)",
		n, dir, len(findings), elapsed, graph, st.analyses, st.coalesced, st.stale)
}

// failedFiles returns the files of the packages in roots that do not
// type-check, less those that belong to a package that does (a package
// whose test variant fails), and the first error.
func failedFiles(roots []*packages.Package) (map[string]bool, string) {
	good := make(map[string]bool)
	failed := make(map[string]bool)
	why := ""
	for _, p := range roots {
		set := failed
		if len(p.Errors) == 0 && !p.IllTyped {
			set = good
		} else if why == "" && len(p.Errors) > 0 {
			why = p.Errors[0].Error()
		}
		for _, f := range p.GoFiles {
			set[f] = true
		}
		for _, f := range p.CompiledGoFiles {
			set[f] = true
		}
	}
	for f := range good {
		delete(failed, f)
	}
	if why == "" && len(failed) > 0 {
		why = "a package it imports does not"
	}
	return failed, why
}

// record stores the results of an analysis of dir that read the
// documents at gens, and returns the diagnostics to publish: for every
// file of dir that has some, had some, or is open, except the files
// that failed to type-check, which keep theirs. s.mu is held.
func (s *server) record(dir string, findings []runner.Finding, gens map[string]int, failed map[string]bool) []publishDiagnosticsParams {
	byPath := make(map[string][]fixable)
	mappers := make(map[*token.FileSet]*textpos.Mapper)
	for _, f := range findings {
		m := mappers[f.Fset]
		if m == nil {
			m = textpos.NewMapper(f.Fset, f.Sources.Content)
			mappers[f.Fset] = m
		}
		start := m.Locate(f.Pos)
		if !start.Exact || !ownFile(dir, start.Filename) || !s.inWorkspace(start.Filename) {
			continue
		}
		d := diagnostic{
			Range:           rangeOf(m, f.Pos, f.End),
			Severity:        2, // warning
			Code:            f.Analyzer.Name,
			CodeDescription: &codeDescription{Href: f.Analyzer.URL},
			Source:          "fnlint/" + f.Analyzer.Name,
			Message:         f.Message,
		}
		for _, rel := range f.Related {
			// A related position is shown wherever it is (an editor
			// opens the file on a jump), but only where it is exact.
			if loc := m.Locate(rel.Pos); loc.Exact {
				d.RelatedInformation = append(d.RelatedInformation, diagnosticRelatedInformation{
					Location: location{URI: s.uriOf(loc.Filename), Range: rangeOf(m, rel.Pos, rel.End)},
					Message:  rel.Message,
				})
			}
		}
		fx := fixable{diag: d}
		for _, sf := range f.SuggestedFixes {
			if pf, ok := s.plan(m, f, sf.Message, sf.TextEdits, gens); ok {
				fx.fixes = append(fx.fixes, pf)
			}
		}
		byPath[start.Filename] = append(byPath[start.Filename], fx)
	}
	files := make(map[string]bool)
	for path := range byPath {
		files[path] = true
	}
	for path, r := range s.results {
		if r.dir == dir {
			files[path] = true
		}
	}
	for path, byDir := range s.modDiags {
		if _, ok := byDir[dir]; ok {
			files[path] = true
		}
	}
	for path := range s.docs {
		if filepath.Dir(path) == dir {
			files[path] = true
		}
	}
	var publish []publishDiagnosticsParams
	for _, path := range slices.Sorted(maps.Keys(files)) {
		if failed[path] || len(failed) > 0 && shared(path) {
			// Its findings are those of an analysis that did not run
			// (runtimeversion's on go.mod skips a package that does not
			// type-check): the last ones stay.
			continue
		}
		r := &fileResult{gen: -1, fixes: byPath[path], dir: dir}
		if shared(path) {
			r.fixes = s.modUnion(path, dir, byPath[path])
		}
		if g, ok := gens[path]; ok {
			r.gen = g
			v := s.docs[path].version
			r.version = &v
		}
		s.results[path] = r
		diags := make([]diagnostic, len(r.fixes))
		for i, f := range r.fixes {
			diags[i] = f.diag
		}
		publish = append(publish, publishDiagnosticsParams{URI: s.uriOf(path), Version: r.version, Diagnostics: diags})
	}
	return publish
}

// plan returns a suggested fix as LSP edits, file by file, or false when
// an edit cannot be given exactly or lies outside the workspace; s.mu
// is held.
func (s *server) plan(m *textpos.Mapper, f runner.Finding, title string, edits []analysis.TextEdit, gens map[string]int) (plannedFix, bool) {
	pf := plannedFix{title: title}
	index := make(map[string]int)
	for _, e := range edits {
		loc := m.Locate(e.Pos)
		if !loc.Exact || !s.inWorkspace(loc.Filename) {
			return plannedFix{}, false
		}
		i, ok := index[loc.Filename]
		if !ok {
			pe := plannedEdits{path: loc.Filename, gen: -1}
			if g, open := gens[loc.Filename]; open {
				pe.gen = g
				v := s.docs[loc.Filename].version
				pe.version = &v
			} else {
				src, _ := f.Sources.Content(loc.Filename)
				pe.hash = sha256.Sum256(src)
			}
			i = len(pf.files)
			index[loc.Filename] = i
			pf.files = append(pf.files, pe)
		}
		pf.files[i].edits = append(pf.files[i].edits, textEdit{Range: rangeOf(m, e.Pos, e.End), NewText: string(e.NewText)})
	}
	return pf, len(pf.files) > 0
}

// modUnion records fixes as what the analysis of dir reports in the
// shared file at path (a go.mod, a deployment descriptor), and returns
// what every package reports there,
// each diagnostic once; s.mu is held.
func (s *server) modUnion(path, dir string, fixes []fixable) []fixable {
	byDir := s.modDiags[path]
	if byDir == nil {
		byDir = make(map[string][]fixable)
		s.modDiags[path] = byDir
	}
	if len(fixes) > 0 {
		byDir[dir] = fixes
	} else {
		delete(byDir, dir)
	}
	type key struct {
		r         lspRange
		code, msg string
	}
	seen := make(map[key]bool)
	var union []fixable
	for _, d := range slices.Sorted(maps.Keys(byDir)) {
		for _, f := range byDir[d] {
			k := key{f.diag.Range, f.diag.Code, f.diag.Message}
			if !seen[k] {
				seen[k] = true
				union = append(union, f)
			}
		}
	}
	return union
}

// ownFile reports whether the analysis of the package in dir publishes
// the diagnostics of path: a file of that directory, the go.mod of the
// module that holds it, where a finding about the module is, or a
// deployment descriptor (wherever it is: fnlint -deploy names any file),
// where a finding about how the package is deployed is.
func ownFile(dir, path string) bool {
	return filepath.Dir(path) == dir || shared(path) && (filepath.Base(path) != "go.mod" || within(filepath.Dir(path), dir))
}

// shared reports whether the file at path holds findings of several
// packages: a go.mod, or a deployment descriptor (any file that is not
// Go source), whose diagnostics are the union of what each package's
// analysis reported there (see modUnion).
func shared(path string) bool { return !strings.HasSuffix(path, ".go") }

// rangeOf converts a span of one file to an LSP range: 0-based lines,
// columns in UTF-16 code units.
func rangeOf(m *textpos.Mapper, pos, end token.Pos) lspRange {
	start := m.Locate(pos)
	stop := start
	if end.IsValid() && end >= pos {
		if l := m.Locate(end); l.Filename == start.Filename && l.Exact {
			stop = l
		}
	}
	return lspRange{
		Start: position{Line: start.Line, Character: start.Col},
		End:   position{Line: stop.Line, Character: stop.Col},
	}
}

// loadProblem returns what to tell the user when the package in dir
// cannot be loaded, with the remedy, or "".
func loadProblem(dir string, err error, errs []string) string {
	if ce := (*config.Error)(nil); errors.As(err, &ce) {
		return fmt.Sprintf("fnlint cannot analyze %s: configuration error: %v", dir, ce)
	}
	var all []string
	if err != nil {
		all = append(all, err.Error())
	}
	all = append(all, errs...)
	for _, e := range all {
		switch {
		case strings.Contains(e, "errors parsing go.mod"):
			detail := "see go.mod"
			for _, line := range strings.Split(e, "\n") {
				if strings.Contains(line, "go.mod:") && !strings.Contains(line, "errors parsing") {
					detail = strings.TrimSpace(line)
					break
				}
			}
			return fmt.Sprintf("fnlint cannot load %s: go.mod does not parse (%s): fix go.mod", dir, detail)
		case strings.Contains(e, "module lookup disabled by GOPROXY=off"), strings.Contains(e, "not in module cache"):
			return fmt.Sprintf("fnlint cannot load %s: dependencies are not downloaded: run go mod download all (%s)", dir, firstLine(e))
		case strings.Contains(e, "missing go.sum entry"):
			return fmt.Sprintf("fnlint cannot load %s: go.sum lacks entries of dependencies: run go mod tidy (%s)", dir, firstLine(e))
		case strings.Contains(e, "no required module provides package"):
			return fmt.Sprintf("fnlint cannot load %s: a dependency is not required: run go mod tidy (%s)", dir, firstLine(e))
		}
	}
	if err != nil && !strings.Contains(err.Error(), "matched no packages") {
		// (A directory of files excluded by build constraints is not
		// worth a message box.)
		return fmt.Sprintf("fnlint cannot load %s: %s", dir, firstLine(err.Error()))
	}
	return ""
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(line)
}
