package lsp

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/fnlint/fnlint/lintcmd/textpos"
)

// A document is a file the client has open: the text of its buffer,
// which the analyses read instead of the file on disk.
type document struct {
	version int32 // the client's
	gen     int   // the server's, increased by every change of text
	text    []byte
	// unknown is set when a message that may have changed the document
	// was skipped: until the client sends its text again, the document
	// is not analyzed and offers no fixes.
	unknown bool
}

func (s *server) didOpen(p didOpenParams) {
	s.mu.Lock()
	path, ok := s.goFile(p.TextDocument.URI)
	if ok {
		s.setText(path, p.TextDocument.Version, []byte(p.TextDocument.Text))
		s.schedule(filepath.Dir(path), 0)
	}
	s.mu.Unlock()
}

func (s *server) didChange(p didChangeParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	path, ok := s.goFile(p.TextDocument.URI)
	d := s.docs[path]
	if !ok || d == nil {
		return // not a document fnlint keeps
	}
	text := d.text
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			text = []byte(c.Text)
			d.unknown = false // the whole text again
			continue
		}
		if d.unknown {
			continue
		}
		content := textpos.New(text)
		from, ok1 := content.Offset(c.Range.Start.Line, c.Range.Start.Character)
		to, ok2 := content.Offset(c.Range.End.Line, c.Range.End.Character)
		if !ok1 || !ok2 || to < from {
			s.log(messageError, "a change of %s at an invalid range %+v: its diagnostics pause until you save it", p.TextDocument.URI, *c.Range)
			d.unknown = true
			continue
		}
		next := make([]byte, 0, len(text)-(to-from)+len(c.Text))
		next = append(append(append(next, text[:from]...), c.Text...), text[to:]...)
		text = next
	}
	s.setText(path, p.TextDocument.Version, text)
	s.schedule(filepath.Dir(path), s.debounce)
}

func (s *server) didSave(p didSaveParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	path, ok := s.goFile(p.TextDocument.URI)
	if !ok {
		return
	}
	if d := s.docs[path]; d != nil {
		// The buffer is what was saved: the text the client sends, or
		// else the file.
		text, err := []byte(nil), error(nil)
		if p.Text != nil {
			text = []byte(*p.Text)
		} else {
			text, err = readBounded(path)
		}
		if err != nil {
			s.log(messageError, "reading the saved %s: %v", path, err)
		} else {
			d.unknown = false
			s.setText(path, d.version, text)
		}
	}
	s.schedule(filepath.Dir(path), 0)
}

func (s *server) didClose(p didCloseParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	path, ok := s.goFile(p.TextDocument.URI)
	if !ok || s.docs[path] == nil {
		return
	}
	delete(s.docs, path)
	// The file is what is on disk again, which may not be what the
	// buffer held: its fixes wait for the next analysis.
	if r := s.results[path]; r != nil {
		r.gen = -2
	}
	s.schedule(filepath.Dir(path), s.debounce)
}

// setText sets the text of a document, opening it if need be; s.mu is
// held.
func (s *server) setText(path string, version int32, text []byte) {
	d := s.docs[path]
	if d == nil {
		d = &document{}
		s.docs[path] = d
	}
	s.gens++
	d.version, d.gen, d.text = version, s.gens, text
	s.cancelStale(filepath.Dir(path))
}

// gen returns the generation of the file at path: its document's, or -1
// for a file that is not open; s.mu is held.
func (s *server) gen(path string) int {
	if d := s.docs[path]; d != nil {
		return d.gen
	}
	return -1
}

// readBounded reads a file of at most maxMessage bytes.
func readBounded(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close() //nolint:errcheck // read only
	data, err := io.ReadAll(io.LimitReader(f, maxMessage+1))
	if err == nil && len(data) > maxMessage {
		err = fmt.Errorf("larger than %d bytes", maxMessage)
	}
	return data, err
}
