// Package lsp is fnlint's language server: editors run `fnlint lsp` next
// to gopls (which cannot load third-party analyzers) to see fnlint's
// diagnostics and apply its suggested fixes as quick fixes.
//
// On open and on save of a Go file under a workspace folder, the server
// analyzes the file's package as it is on disk and publishes the
// diagnostics of the package's files, with the analyzer as source and its
// documentation URL as code description; each suggested fix is offered as
// a quick-fix code action. It reads no file outside its workspace
// folders.
package lsp

import (
	"context"
	"encoding/json"
	"go/token"
	"io"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/runner"
	"github.com/fnlint/fnlint/internal/textpos"
)

// Serve runs the server on a stream (the editor's stdin and stdout)
// until the client exits; it returns when the connection closes.
func Serve(ctx context.Context, stream io.ReadWriteCloser, suite []*analysis.Analyzer, logf func(string, ...any)) {
	s := &server{suite: suite, logf: logf, fixes: make(map[string][]fixable)}
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(stream, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(s.handle))
	<-conn.DisconnectNotify()
}

type server struct {
	suite []*analysis.Analyzer
	logf  func(string, ...any)

	mu      sync.Mutex
	folders []folder
	fixes   map[string][]fixable // by file path
	// uris holds the client's URI of each file it named, by path: the
	// server answers in the client's spelling of a URI, never its own.
	uris map[string]string
	// published records the files with diagnostics, to clear them.
	published map[string]bool
}

// A folder is a workspace folder: its directory and the client's URI.
type folder struct {
	dir, uri string
}

// A fixable is a published diagnostic with its quick fixes.
type fixable struct {
	diag  diagnostic
	fixes []codeAction
}

func (s *server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "initialize":
		var p initializeParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.mu.Lock()
		for _, f := range p.WorkspaceFolders {
			if dir, ok := uriToPath(f.URI); ok {
				s.folders = append(s.folders, folder{dir, f.URI})
			}
		}
		if len(s.folders) == 0 {
			if dir, ok := uriToPath(p.RootURI); ok {
				s.folders = append(s.folders, folder{dir, p.RootURI})
			}
		}
		s.mu.Unlock()
		return initializeResult{
			Capabilities: serverCapabilities{
				PositionEncoding:   "utf-16",
				TextDocumentSync:   textDocumentSyncOptions{OpenClose: true, Save: saveOptions{}},
				CodeActionProvider: codeActionOptions{CodeActionKinds: []string{"quickfix"}},
			},
			ServerInfo: serverInfo{Name: "fnlint"},
		}, nil
	case "initialized", "textDocument/didClose", "textDocument/didChange", "$/cancelRequest", "workspace/didChangeConfiguration":
		return nil, nil
	case "textDocument/didOpen":
		var p didOpenParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.analyze(ctx, conn, p.TextDocument.URI)
		return nil, nil
	case "textDocument/didSave":
		var p didSaveParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.analyze(ctx, conn, p.TextDocument.URI)
		return nil, nil
	case "textDocument/codeAction":
		var p codeActionParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		return s.codeActions(p), nil
	case "shutdown":
		return nil, nil
	case "exit":
		return nil, conn.Close()
	}
	if req.Notif {
		return nil, nil
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "fnlint lsp does not handle " + req.Method}
}

func unmarshal(req *jsonrpc2.Request, v any) error {
	if req.Params == nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "missing params"}
	}
	if err := json.Unmarshal(*req.Params, v); err != nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: err.Error()}
	}
	return nil
}

// inWorkspace reports whether path lies under a workspace folder.
func (s *server) inWorkspace(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inWorkspaceLocked(path)
}

// inWorkspaceLocked is inWorkspace with s.mu held.
func (s *server) inWorkspaceLocked(path string) bool {
	for _, f := range s.folders {
		if within(f.dir, path) {
			return true
		}
	}
	return false
}

// within reports whether path lies in the directory dir.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// remember records the client's URI of the file it names, and returns
// the file's path.
func (s *server) remember(uri string) (string, bool) {
	path, ok := uriToPath(uri)
	if !ok {
		return "", false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.uris == nil {
		s.uris = make(map[string]string)
	}
	s.uris[path] = uri
	return path, true
}

// uriOf returns the URI of a file as the client spells it: the URI it
// named the file by, or else the file's path below the URI of the
// workspace folder that holds it; s.mu is held.
func (s *server) uriOf(path string) string {
	if uri, ok := s.uris[path]; ok {
		return uri
	}
	for _, f := range s.folders {
		if !within(f.dir, path) {
			continue
		}
		rel, _ := filepath.Rel(f.dir, path)
		uri := strings.TrimSuffix(f.uri, "/")
		for _, seg := range strings.Split(filepath.ToSlash(rel), "/") {
			if seg != "." {
				uri += "/" + url.PathEscape(seg)
			}
		}
		return uri
	}
	return pathToURI(path)
}

// analyze analyzes the package of the document and publishes the
// diagnostics of its files.
func (s *server) analyze(ctx context.Context, conn *jsonrpc2.Conn, uri string) {
	path, ok := s.remember(uri)
	if !ok || filepath.Ext(path) != ".go" || !s.inWorkspace(path) {
		return
	}
	dir := filepath.Dir(path)
	findings, errs, err := runner.Run(packages.Config{Dir: dir, Tests: true}, []string{"."}, s.suite)
	if err != nil {
		s.logf("fnlint lsp: %s: %v", dir, err)
		return
	}
	for _, e := range errs {
		s.logf("fnlint lsp: %s", e)
	}
	byPath := make(map[string][]fixable)
	maps := make(map[*token.FileSet]*textpos.Mapper)
	s.mu.Lock()
	for _, f := range findings {
		m := maps[f.Fset]
		if m == nil {
			m = textpos.NewMapper(f.Fset, f.Sources.Content)
			maps[f.Fset] = m
		}
		start := m.Locate(f.Pos)
		if !start.Exact || !s.inWorkspaceLocked(start.Filename) {
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
		fx := fixable{diag: d}
	fixes:
		for _, sf := range f.SuggestedFixes {
			edit := workspaceEdit{Changes: make(map[string][]textEdit)}
			for _, te := range sf.TextEdits {
				loc := m.Locate(te.Pos)
				if !loc.Exact || !s.inWorkspaceLocked(loc.Filename) {
					continue fixes // an edit the client cannot be given exactly
				}
				u := s.uriOf(loc.Filename)
				edit.Changes[u] = append(edit.Changes[u], textEdit{Range: rangeOf(m, te.Pos, te.End), NewText: string(te.NewText)})
			}
			fx.fixes = append(fx.fixes, codeAction{Title: sf.Message, Kind: "quickfix", Diagnostics: []diagnostic{d}, IsPreferred: true, Edit: edit})
		}
		byPath[start.Filename] = append(byPath[start.Filename], fx)
	}
	if s.published == nil {
		s.published = make(map[string]bool)
	}
	// Clear the files of this directory that no longer have diagnostics.
	var clear []string
	for p := range s.published {
		if filepath.Dir(p) == dir && byPath[p] == nil {
			clear = append(clear, s.uriOf(p))
			delete(s.published, p)
			delete(s.fixes, p)
		}
	}
	if byPath[path] == nil {
		clear = append(clear, s.uriOf(path)) // the opened file, even when clean
	}
	publish := make(map[string][]diagnostic)
	for p, fx := range byPath {
		s.fixes[p] = fx
		s.published[p] = true
		diags := make([]diagnostic, len(fx))
		for i, f := range fx {
			diags[i] = f.diag
		}
		publish[s.uriOf(p)] = diags
	}
	s.mu.Unlock()
	for _, u := range clear {
		s.publish(ctx, conn, u, nil)
	}
	for u, diags := range publish {
		s.publish(ctx, conn, u, diags)
	}
}

func (s *server) publish(ctx context.Context, conn *jsonrpc2.Conn, uri string, diags []diagnostic) {
	if diags == nil {
		diags = []diagnostic{}
	}
	if err := conn.Notify(ctx, "textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Diagnostics: diags}); err != nil {
		s.logf("fnlint lsp: publish %s: %v", uri, err)
	}
}

// codeActions returns the quick fixes of the diagnostics that overlap
// the requested range.
func (s *server) codeActions(p codeActionParams) []codeAction {
	path, ok := s.remember(p.TextDocument.URI)
	s.mu.Lock()
	defer s.mu.Unlock()
	actions := []codeAction{}
	if !ok {
		return actions
	}
	for _, f := range s.fixes[path] {
		if overlaps(f.diag.Range, p.Range) {
			actions = append(actions, f.fixes...)
		}
	}
	return actions
}

func overlaps(a, b lspRange) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(p, q position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}

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

// uriToPath returns the path of a file URI, decoding its escapes.
func uriToPath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	p := u.Path
	if runtime.GOOS == "windows" && len(p) >= 3 && p[0] == '/' && p[2] == ':' {
		p = p[1:] // file:///C:/x
	}
	return filepath.Clean(filepath.FromSlash(p)), true
}

func pathToURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}
