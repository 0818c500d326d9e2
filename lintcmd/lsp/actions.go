package lsp

import (
	"crypto/sha256"
	"maps"
	"os"
	"path/filepath"

	"github.com/sourcegraph/jsonrpc2"
)

// A waiter is a code action request waiting for the analysis of the
// document's generation it was made at.
type waiter struct {
	id   jsonrpc2.ID
	path string
	gen  int
	rng  lspRange
}

// codeAction returns the quick fixes of the diagnostics that overlap the
// requested range, when the diagnostics are those of the document as it
// is; otherwise it queues the document's analysis, and the request is
// answered when the analysis ends (deferred).
func (s *server) codeAction(id jsonrpc2.ID, p codeActionParams) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	path, ok := s.goFile(p.TextDocument.URI)
	if !ok {
		return []codeAction{}
	}
	if d := s.docs[path]; d != nil && d.unknown {
		return []codeAction{}
	}
	gen := s.gen(path)
	if r := s.results[path]; r != nil && r.gen == gen {
		return s.actions(path, p.Range)
	}
	dir := filepath.Dir(path)
	if a, ok := s.analyzed[dir]; ok && maps.Equal(a, s.gensIn(dir)) {
		return []codeAction{} // analyzed as it is, without results: it did not load or type-check
	}
	s.waiting = append(s.waiting, &waiter{id: id, path: path, gen: gen, rng: p.Range})
	if r := s.running; r == nil || r.dir != dir || !maps.Equal(inDir(r.gens, dir), s.gensIn(dir)) {
		s.schedule(dir, 0)
	}
	return deferred
}

// takeWaiters removes and returns the waiters for files of dir that
// take says to answer now; s.mu is held. Each gets the actions of the
// results of its file, if they are of its generation, and none
// otherwise.
func (s *server) takeWaiters(dir string, take func(*waiter) bool) []answer {
	var answers []answer
	kept := s.waiting[:0]
	for _, w := range s.waiting {
		if filepath.Dir(w.path) != dir || !take(w) {
			kept = append(kept, w)
			continue
		}
		actions := []codeAction{}
		if r := s.results[w.path]; r != nil && r.gen == w.gen && s.gen(w.path) == w.gen {
			actions = s.actions(w.path, w.rng)
		}
		answers = append(answers, answer{w.id, actions})
	}
	s.waiting = kept
	return answers
}

// An answer is the reply to a waiting code action.
type answer struct {
	id      jsonrpc2.ID
	actions []codeAction
}

func (s *server) answer(answers []answer) {
	for _, a := range answers {
		s.reply(a.id, a.actions)
	}
}

// cancel answers a waiting code action that the client cancelled.
func (s *server) cancel(id jsonrpc2.ID) {
	s.mu.Lock()
	var found bool
	kept := s.waiting[:0]
	for _, w := range s.waiting {
		if w.id == id {
			found = true
			continue
		}
		kept = append(kept, w)
	}
	s.waiting = kept
	s.mu.Unlock()
	if found {
		s.replyError(id, &jsonrpc2.Error{Code: codeRequestCancelled, Message: "cancelled"})
	}
}

// actions returns the quick fixes of the diagnostics of path that
// overlap rng, leaving out a fix whose files changed since they were
// analyzed; s.mu is held.
func (s *server) actions(path string, rng lspRange) []codeAction {
	actions := []codeAction{}
	for _, f := range s.results[path].fixes {
		if !overlaps(f.diag.Range, rng) {
			continue
		}
	fixes:
		for _, pf := range f.fixes {
			var edit workspaceEdit
			for _, pe := range pf.files {
				if !s.unchanged(pe) {
					continue fixes
				}
				uri := s.uriOf(pe.path)
				if s.documentChanges {
					edit.DocumentChanges = append(edit.DocumentChanges, textDocumentEdit{
						TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: pe.version},
						Edits:        pe.edits,
					})
				} else {
					if edit.Changes == nil {
						edit.Changes = make(map[string][]textEdit)
					}
					edit.Changes[uri] = append(edit.Changes[uri], pe.edits...)
				}
			}
			actions = append(actions, codeAction{Title: pf.title, Kind: "quickfix", Diagnostics: []diagnostic{f.diag}, IsPreferred: true, Edit: edit})
		}
	}
	return actions
}

// unchanged reports whether the file that pe edits is as it was
// analyzed: the same generation of its document, or, when it was the
// file on disk, still not open and the same text on disk; s.mu is held.
func (s *server) unchanged(pe plannedEdits) bool {
	if pe.gen >= 0 {
		return s.gen(pe.path) == pe.gen
	}
	if s.docs[pe.path] != nil {
		return false
	}
	src, err := os.ReadFile(pe.path)
	return err == nil && sha256.Sum256(src) == pe.hash
}

func overlaps(a, b lspRange) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(p, q position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}
