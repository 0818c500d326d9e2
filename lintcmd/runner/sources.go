package runner

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"sync"
	"unsafe"

	"golang.org/x/tools/go/analysis/checker"
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

// setReadFile makes the passes of checker.Analyze read files with read
// instead of os.ReadFile, and reports whether it could.
//
// A fix that copies source text (internal/fixes.Source, Indent) reads it
// with Pass.ReadFile; the file must be the one the parser read, or the
// copied text belongs to other offsets: the disk's copy may have changed
// since it was parsed, and an editor's unsaved buffer (an overlay) is not
// on disk at all. checker.Options has the field for this, unexported
// until x/tools exposes it ("TODO(adonovan): expose ReadFile so that an
// Overlay ... can be communicated via Pass.ReadFile"), so it is set here
// through reflection, after checking that it has the expected type. When
// it cannot be set, the caller drops the fixes that could be wrong.
func setReadFile(opts *checker.Options, read func(string) ([]byte, error)) bool {
	f := reflect.ValueOf(opts).Elem().FieldByName("readFile")
	if !f.IsValid() || f.Type() != reflect.TypeOf(read) {
		return false
	}
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.ValueOf(read))
	return true
}
