// Package lsp is fnlint's language server: editors run `fnlint lsp` next
// to gopls (which cannot load third-party analyzers) to see fnlint's
// diagnostics and apply its suggested fixes as quick fixes.
//
// The server keeps the text of the open documents (full or incremental
// didChange) and analyzes a document's package with those unsaved
// buffers as an overlay, which the go command, the parser and the
// analyzers all see. Analyses run one at a time, off the goroutine that
// reads messages: edits of a package are coalesced and debounced, and an
// analysis that an edit makes stale is cancelled or its result
// discarded. The package graph that the go command lists is kept and
// reused until a file's header (build constraints, package clause,
// imports), a package's set of files or a module file changes (see
// runner.Graphs), so that a save runs no go command. Each diagnostic
// has the analyzer as source and its documentation URL as code
// description; each suggested fix is a quick-fix code action with
// versioned document changes, offered only for the version of the
// document that was analyzed. Positions count
// UTF-16 code units; URIs are the client's own.
//
// When a package cannot be loaded (go.mod does not parse, dependencies
// are not downloaded) the server says so with window/showMessage and
// the remedy; when it does not type-check, the files it failed on keep
// their last diagnostics. A message that is not JSON, not a JSON object
// (a batch included) or not a request or response is answered with a
// parse error (-32700) or an invalid request (-32600), as JSON-RPC 2.0
// says, and logged, and the server reads on; a framing error (a bad
// header, the stream ending inside a message) is logged to the client and
// ends the server with status 1. It exits with 0 only after shutdown and
// exit. It reads no file outside its workspace folders.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/lintcmd/runner"
)

// defaultDebounce is how long the server waits after an edit for the
// next one before it analyzes.
const defaultDebounce = 250 * time.Millisecond

// Serve runs the server on a stream (the editor's stdin and stdout)
// until the client exits or the stream ends, and returns the exit
// status: 0 after shutdown and exit, 1 otherwise.
func Serve(ctx context.Context, stream io.ReadWriteCloser, suite []*analysis.Analyzer, logf func(string, ...any)) int {
	return ServeWith(ctx, stream, suite, runner.Options{}, logf)
}

// ServeWith is Serve with the runner's options for every analysis (the
// command's: its cache of dependency summaries, and the suite rebuilt
// over entry points registered from other packages); their Visit is the
// server's own. Unless they have one, the server keeps the package graphs
// the go command lists in Graphs, so that a save that changes no file's
// imports does not run the go command.
func ServeWith(ctx context.Context, stream io.ReadWriteCloser, suite []*analysis.Analyzer, opts runner.Options, logf func(string, ...any)) int {
	if opts.Graphs == nil && !opts.FullSource {
		// The package graph, listed once and listed again only when a
		// file's header, a package's files or a module file changes.
		opts.Graphs = runner.NewGraphs()
	}
	s := &server{
		suite:    suite,
		opts:     opts,
		logf:     logf,
		ready:    make(chan struct{}),
		wake:     make(chan struct{}, 1),
		quit:     make(chan struct{}),
		debounce: defaultDebounce,
		status:   1,
		uris:     make(map[string]string),
		docs:     make(map[string]*document),
		results:  make(map[string]*fileResult),
		modDiags: make(map[string]map[string][]fixable),
		queue:    make(map[string]*pending),
		analyzed: make(map[string]map[string]int),
		shown:    make(map[string]string),
	}
	c := codec{tooLarge: s.tooLarge, broken: s.broken}
	s.conn = jsonrpc2.NewConn(ctx, answering{jsonrpc2.NewBufferedStream(stream, c), s.invalid}, s,
		jsonrpc2.SetLogger(logger{logf}))
	close(s.ready)
	go s.loop()
	<-s.conn.DisconnectNotify()
	// An analysis under way is cancelled and its result dropped; the
	// caller exits without waiting for it.
	s.stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// logger routes jsonrpc2's own messages to the server's log.
type logger struct{ logf func(string, ...any) }

func (l logger) Printf(format string, args ...any) {
	l.logf("fnlint lsp: "+strings.TrimSuffix(format, "\n"), args...)
}

type server struct {
	suite []*analysis.Analyzer
	opts  runner.Options       // for each run, with Visit set by the run
	logf  func(string, ...any) // the server's own log (standard error)
	conn  *jsonrpc2.Conn
	ready chan struct{} // closed once conn is set
	wake  chan struct{} // tells loop that the queue changed
	quit  chan struct{} // closed by stop

	mu              sync.Mutex
	initialized     bool
	shutdown        bool // shutdown was requested: no more analyses
	exited          bool // the client sent exit
	stopped         bool
	status          int // the exit status
	debounce        time.Duration
	documentChanges bool // the client takes versioned document changes
	folders         []folder
	// uris holds the client's URI of each file it named, by path: the
	// server answers in the client's spelling of a URI, never its own.
	uris    map[string]string
	docs    map[string]*document   // the open documents, by path
	gens    int                    // the last generation of a document's text
	results map[string]*fileResult // the last diagnostics published, by path
	// modDiags holds, for each shared file (a go.mod, a deployment
	// descriptor), the diagnostics that the last analysis of each
	// package directory reported there: the file shows their union, so that one package's clearing its own leaves
	// another's.
	modDiags map[string]map[string][]fixable
	queue    map[string]*pending // the packages to analyze, by directory
	running  *run                // the analysis under way, or nil
	// analyzed holds, by directory, the generations of its open
	// documents that its last analysis read, whether it published or not.
	analyzed map[string]map[string]int
	waiting  []*waiter         // code actions waiting for an analysis
	shown    map[string]string // the load error last shown, by directory
	stats    stats
}

// stats counts what the server did, for its log.
type stats struct {
	analyses  int // analyses run
	coalesced int // requests to analyze a package already queued
	stale     int // analyses whose result an edit made stale
}

// A folder is a workspace folder: its directory and the client's URI.
type folder struct {
	dir, uri string
}

// Handle implements jsonrpc2.Handler. It runs on the goroutine that
// reads messages, in their order, and never waits for an analysis: a
// code action that needs one is answered when it ends.
func (s *server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	<-s.ready // NewConn reads before it returns the connection
	result, err := s.handle(req)
	if req.Notif {
		if err != nil {
			s.log(messageError, "%s: %v", req.Method, err)
		}
		return
	}
	if result == deferred {
		return
	}
	if err != nil {
		var e *jsonrpc2.Error
		if !errors.As(err, &e) {
			e = &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: err.Error()}
		}
		s.replyError(req.ID, e)
		return
	}
	s.reply(req.ID, result)
}

// deferred is the result of a request that is answered later.
var deferred = new(struct{})

func (s *server) handle(req *jsonrpc2.Request) (any, error) {
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case req.Method == "exit":
		s.exit()
		return nil, nil
	case req.Method == "initialize":
		return s.initialize(req)
	case !initialized:
		if req.Notif {
			return nil, nil // dropped, as the protocol says
		}
		return nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "fnlint lsp is not initialized"}
	case shutdown:
		if req.Notif {
			return nil, nil
		}
		return nil, &jsonrpc2.Error{Code: codeInvalidRequest, Message: "fnlint lsp is shutting down"}
	}
	switch req.Method {
	case "initialized", "workspace/didChangeConfiguration", "workspace/didChangeWorkspaceFolders", "$/setTrace":
		return nil, nil
	case "textDocument/didOpen":
		var p didOpenParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.didOpen(p)
		return nil, nil
	case "textDocument/didChange":
		var p didChangeParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.didChange(p)
		return nil, nil
	case "textDocument/didSave":
		var p didSaveParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.didSave(p)
		return nil, nil
	case "textDocument/didClose":
		var p didCloseParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.didClose(p)
		return nil, nil
	case "textDocument/codeAction":
		var p codeActionParams
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		return s.codeAction(req.ID, p), nil
	case "$/cancelRequest":
		var p struct {
			ID jsonrpc2.ID `json:"id"`
		}
		if err := unmarshal(req, &p); err != nil {
			return nil, err
		}
		s.cancel(p.ID)
		return nil, nil
	case "shutdown":
		s.beginShutdown()
		return nil, nil
	}
	if req.Notif {
		return nil, nil
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "fnlint lsp does not handle " + req.Method}
}

func (s *server) initialize(req *jsonrpc2.Request) (any, error) {
	var p initializeParams
	if err := unmarshal(req, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.initialized {
		return nil, &jsonrpc2.Error{Code: codeInvalidRequest, Message: "fnlint lsp is already initialized"}
	}
	s.initialized = true
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
	s.documentChanges = p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges
	if o := p.InitializationOptions; o != nil && o.Debounce != nil && *o.Debounce >= 0 {
		s.debounce = time.Duration(*o.Debounce) * time.Millisecond
	}
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding:   "utf-16",
			TextDocumentSync:   textDocumentSyncOptions{OpenClose: true, Change: syncIncremental, Save: saveOptions{IncludeText: true}},
			CodeActionProvider: codeActionOptions{CodeActionKinds: []string{"quickfix"}},
		},
		ServerInfo: serverInfo{Name: "fnlint"},
	}, nil
}

// beginShutdown stops analyzing: queued analyses are dropped, the one
// running is cancelled and its result discarded, and the code actions
// waiting for one get none.
func (s *server) beginShutdown() {
	s.mu.Lock()
	s.shutdown = true
	s.queue = make(map[string]*pending)
	if s.running != nil {
		s.running.cancel()
	}
	waiting := s.waiting
	s.waiting = nil
	s.mu.Unlock()
	for _, w := range waiting {
		s.reply(w.id, []codeAction{})
	}
	s.signal()
}

// exit ends the connection; the status is 0 if shutdown came first.
func (s *server) exit() {
	s.mu.Lock()
	if s.shutdown {
		s.status = 0
	}
	s.exited = true
	s.mu.Unlock()
	_ = s.conn.Close() // already closed if the stream ended
}

// stop ends the analysis loop once the connection is closed.
func (s *server) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return
	}
	s.stopped = true
	s.shutdown = true
	if s.running != nil {
		s.running.cancel()
	}
	close(s.quit)
}

// broken reports a framing error to the client before the
// connection closes; the server then exits with status 1.
func (s *server) broken(err error) {
	<-s.ready
	s.mu.Lock()
	exited := s.exited // what follows exit is no longer the client's
	if !exited {
		s.status = 1
	}
	s.mu.Unlock()
	if exited {
		return
	}
	s.log(messageError, "%v; fnlint lsp cannot read the stream any further and exits", err)
}

// invalid reports a message that was not JSON or not a JSON-RPC message,
// which the client was answered with an error; the server reads on.
func (s *server) invalid(m *invalidMessage) {
	<-s.ready
	s.mu.Lock()
	exited := s.exited
	s.mu.Unlock()
	if !exited {
		s.log(messageError, "%v; answered with error %d", m.err, m.code)
	}
}

// tooLarge reports a message that was skipped for its size. The server
// cannot tell which document it changed, so it stops trusting every open
// document until the client sends its text again (on save or open).
func (s *server) tooLarge(n int64) {
	<-s.ready
	s.mu.Lock()
	for _, d := range s.docs {
		d.unknown = true
	}
	s.mu.Unlock()
	msg := fmt.Sprintf("fnlint lsp skipped a message of %d bytes, over its limit of %d: its diagnostics of open files pause until you save them", n, maxMessage)
	s.log(messageError, "%s", msg)
	s.show(messageError, msg)
}

// log writes a message to the server's log and to the client's.
func (s *server) log(kind int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.logf("fnlint lsp: %s", msg)
	if err := s.conn.Notify(context.Background(), "window/logMessage", messageParams{Type: kind, Message: "fnlint: " + msg}); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logf("fnlint lsp: window/logMessage: %v", err)
	}
}

// show shows a message to the user.
func (s *server) show(kind int, msg string) {
	if err := s.conn.Notify(context.Background(), "window/showMessage", messageParams{Type: kind, Message: msg}); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logf("fnlint lsp: window/showMessage: %v", err)
	}
}

func (s *server) reply(id jsonrpc2.ID, result any) {
	if err := s.conn.Reply(context.Background(), id, result); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logf("fnlint lsp: reply to %s: %v", id, err)
	}
}

func (s *server) replyError(id jsonrpc2.ID, e *jsonrpc2.Error) {
	if err := s.conn.ReplyWithError(context.Background(), id, e); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logf("fnlint lsp: reply to %s: %v", id, err)
	}
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

// inWorkspace reports whether path lies under a workspace folder; s.mu
// is held.
func (s *server) inWorkspace(path string) bool {
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

// goFile returns the path of the Go file that uri names, under a
// workspace folder, recording the client's URI for it; s.mu is held.
func (s *server) goFile(uri string) (string, bool) {
	path, ok := uriToPath(uri)
	if !ok || filepath.Ext(path) != ".go" || !s.inWorkspace(path) {
		return "", false
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
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
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
