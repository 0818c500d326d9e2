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
	"strings"
	"sync"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/runner"
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
	folders []string             // workspace folder directories
	fixes   map[string][]fixable // by document URI
	// published records the URIs with diagnostics, to clear them.
	published map[string]bool
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
				s.folders = append(s.folders, dir)
			}
		}
		if len(s.folders) == 0 {
			if dir, ok := uriToPath(p.RootURI); ok {
				s.folders = append(s.folders, dir)
			}
		}
		s.mu.Unlock()
		return initializeResult{
			Capabilities: serverCapabilities{
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
	for _, dir := range s.folders {
		if rel, err := filepath.Rel(dir, path); err == nil && !strings.HasPrefix(rel, "..") {
			return true
		}
	}
	return false
}

// analyze analyzes the package of the document and publishes the
// diagnostics of its files.
func (s *server) analyze(ctx context.Context, conn *jsonrpc2.Conn, uri string) {
	path, ok := uriToPath(uri)
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
	byURI := make(map[string][]fixable)
	for _, f := range findings {
		fileURI := pathToURI(f.Position().Filename)
		if !s.inWorkspace(f.Position().Filename) {
			continue
		}
		d := diagnostic{
			Range:           rangeOf(f.Fset, f.Pos, f.End),
			Severity:        2, // warning
			Code:            f.Analyzer.Name,
			CodeDescription: &codeDescription{Href: f.Analyzer.URL},
			Source:          "fnlint/" + f.Analyzer.Name,
			Message:         f.Message,
		}
		fx := fixable{diag: d}
		for _, sf := range f.SuggestedFixes {
			edit := workspaceEdit{Changes: make(map[string][]textEdit)}
			for _, te := range sf.TextEdits {
				u := pathToURI(f.Fset.Position(te.Pos).Filename)
				edit.Changes[u] = append(edit.Changes[u], textEdit{Range: rangeOf(f.Fset, te.Pos, te.End), NewText: string(te.NewText)})
			}
			fx.fixes = append(fx.fixes, codeAction{Title: sf.Message, Kind: "quickfix", Diagnostics: []diagnostic{d}, IsPreferred: true, Edit: edit})
		}
		byURI[fileURI] = append(byURI[fileURI], fx)
	}
	s.mu.Lock()
	if s.published == nil {
		s.published = make(map[string]bool)
	}
	// Clear the files of this directory that no longer have diagnostics.
	var clear []string
	for u := range s.published {
		if p, ok := uriToPath(u); ok && filepath.Dir(p) == dir && byURI[u] == nil {
			clear = append(clear, u)
			delete(s.published, u)
			delete(s.fixes, u)
		}
	}
	if byURI[uri] == nil {
		clear = append(clear, uri) // the opened file, even when clean
	}
	for u, fx := range byURI {
		s.fixes[u] = fx
		s.published[u] = true
	}
	s.mu.Unlock()
	for _, u := range clear {
		s.publish(ctx, conn, u, nil)
	}
	for u, fx := range byURI {
		diags := make([]diagnostic, len(fx))
		for i, f := range fx {
			diags[i] = f.diag
		}
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
	s.mu.Lock()
	defer s.mu.Unlock()
	actions := []codeAction{}
	for _, f := range s.fixes[p.TextDocument.URI] {
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

// rangeOf converts a span to an LSP range (0-based lines; columns in
// bytes, which equal UTF-16 units for ASCII source).
func rangeOf(fset *token.FileSet, pos, end token.Pos) lspRange {
	start := fset.Position(pos)
	stop := start
	if end.IsValid() && end >= pos {
		stop = fset.Position(end)
	}
	return lspRange{
		Start: position{Line: start.Line - 1, Character: start.Column - 1},
		End:   position{Line: stop.Line - 1, Character: stop.Column - 1},
	}
}

func uriToPath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return "", false
	}
	return filepath.Clean(filepath.FromSlash(u.Path)), true
}

func pathToURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}
