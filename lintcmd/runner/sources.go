package runner

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sync"
)

// Sources holds the content of every file the analysis parsed, as the
// parser read it: the text that the positions of the findings, and the
// offsets of their suggested fixes, refer to. A driver that applies a
// fix applies it to this text, and writes the result only over a file
// that still holds it.
type Sources struct {
	mu    sync.Mutex
	files map[string][]byte
}

func newSources() *Sources { return &Sources{files: make(map[string][]byte)} }

// Content returns the content of the named file as the analysis read
// it, and whether the analysis read that file.
func (s *Sources) Content(filename string) ([]byte, bool) {
	if s == nil {
		return nil, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	src, ok := s.files[filename]
	return src, ok
}

func (s *Sources) add(filename string, src []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[filename] = src
}

// note records the content on disk of a file that a finding points into
// and that the analysis did not parse (go.mod, where runtimeversion
// reports), so that a driver can map its position as it maps the
// others'.
func (s *Sources) note(filename string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.files[filename]; !ok && filename != "" {
		if src, err := os.ReadFile(filename); err == nil {
			s.files[filename] = src
		}
	}
}

// readFile is what the analyzers' Pass.ReadFile returns: the parsed
// content of the files the analysis parsed, and the disk's for the
// others (a package's OtherFiles).
func (s *Sources) readFile(filename string) ([]byte, error) {
	if src, ok := s.Content(filename); ok {
		return src, nil
	}
	return os.ReadFile(filename)
}

// parseFile is packages.Config.ParseFile for a full-source load: it
// parses as go/packages does by default, and records what it parsed.
func (s *Sources) parseFile(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
	s.add(filename, src)
	return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments)
}
