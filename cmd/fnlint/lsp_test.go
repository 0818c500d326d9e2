package main_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/sourcegraph/jsonrpc2"
)

// pipe joins a process's stdout (read) and stdin (write) into a stream.
type pipe struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipe) Close() error { return errors.Join(p.WriteCloser.Close(), p.ReadCloser.Close()) }

type lspPosition struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type lspRange struct {
	Start lspPosition `json:"start"`
	End   lspPosition `json:"end"`
}

type lspDiagnostic struct {
	Range           lspRange `json:"range"`
	Source          string   `json:"source"`
	Code            string   `json:"code"`
	CodeDescription struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	Message            string       `json:"message"`
	RelatedInformation []lspRelated `json:"relatedInformation"`
}

type lspRelated struct {
	Location struct {
		URI   string   `json:"uri"`
		Range lspRange `json:"range"`
	} `json:"location"`
	Message string `json:"message"`
}

type published struct {
	URI         string          `json:"uri"`
	Version     *int            `json:"version"`
	Diagnostics []lspDiagnostic `json:"diagnostics"`
}

type textEdit struct {
	Range   lspRange `json:"range"`
	NewText string   `json:"newText"`
}

type codeAction struct {
	Title string `json:"title"`
	Kind  string `json:"kind"`
	Edit  struct {
		Changes         map[string][]textEdit `json:"changes"`
		DocumentChanges []struct {
			TextDocument struct {
				URI     string `json:"uri"`
				Version *int   `json:"version"`
			} `json:"textDocument"`
			Edits []textEdit `json:"edits"`
		} `json:"documentChanges"`
	} `json:"edit"`
}

// An lspSession is the real binary running `fnlint lsp`, driven as an
// editor's language client drives it.
type lspSession struct {
	t     testing.TB
	ctx   context.Context
	cmd   *exec.Cmd
	stdin io.Writer // for bytes the client library would not write
	conn  *jsonrpc2.Conn
	diags chan published
	logs  chan string // window/logMessage
	shown chan string // window/showMessage
	// stray holds the responses to no request of the client's: the
	// answers to messages written with stdin (an id of null reads as 0).
	stray chan *jsonrpc2.Response
}

// startLSP starts `fnlint lsp` in dir, with flags.
func startLSP(t testing.TB, dir string, flags ...string) *lspSession {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"lsp"}, flags...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = testLog{t}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	s := &lspSession{t: t, ctx: ctx, cmd: cmd, stdin: stdin,
		diags: make(chan published, 256), logs: make(chan string, 1024), shown: make(chan string, 64),
		stray: make(chan *jsonrpc2.Response, 64)}
	quiet := jsonrpc2.SetLogger(log.New(io.Discard, "", 0)) // the end of the stream at exit is no error
	s.conn = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(pipe{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(func(ctx context.Context, c *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
			var msg struct {
				Message string `json:"message"`
			}
			switch req.Method {
			case "textDocument/publishDiagnostics":
				var p published
				if err := json.Unmarshal(*req.Params, &p); err == nil {
					s.diags <- p
				}
			case "window/logMessage":
				if err := json.Unmarshal(*req.Params, &msg); err == nil {
					select {
					case s.logs <- msg.Message:
					default: // a test that reads no logs must not block the stream
					}
				}
			case "window/showMessage":
				if err := json.Unmarshal(*req.Params, &msg); err == nil {
					s.shown <- msg.Message
				}
			}
			return nil, nil
		}), quiet, jsonrpc2.OnRecv(func(req *jsonrpc2.Request, resp *jsonrpc2.Response) {
			if req == nil && resp != nil {
				s.stray <- resp
			}
		}))
	t.Cleanup(func() {
		cancel()
		_ = s.conn.Close()
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return s
}

// testLog writes the server's standard error to the test's log.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

// fileURI returns the URI of path as Neovim writes it: every byte but
// the unreserved ones and / percent-encoded (a space as %20, @ as %40).
func fileURI(path string) string {
	var b strings.Builder
	b.WriteString("file://")
	for i := 0; i < len(path); i++ {
		c := path[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// initialize runs the initialize handshake for the workspace folder dir,
// as a client without capabilities.
func (s *lspSession) initialize(dir string) (capabilities map[string]json.RawMessage) {
	s.t.Helper()
	return s.initializeWith(dir, map[string]any{}, nil)
}

// editor is what a current editor's client declares: versioned document
// changes in workspace edits.
var editor = map[string]any{"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": true}}}

// initializeWith runs the initialize handshake with the client's
// capabilities and fnlint's initialization options.
func (s *lspSession) initializeWith(dir string, caps, options map[string]any) (capabilities map[string]json.RawMessage) {
	s.t.Helper()
	root := fileURI(dir)
	var init struct {
		Capabilities map[string]json.RawMessage `json:"capabilities"`
	}
	if err := s.conn.Call(s.ctx, "initialize", map[string]any{
		"rootUri":               root,
		"workspaceFolders":      []map[string]string{{"uri": root, "name": filepath.Base(dir)}},
		"capabilities":          caps,
		"initializationOptions": options,
	}, &init); err != nil {
		s.t.Fatalf("initialize: %v", err)
	}
	s.notify("initialized", map[string]any{})
	return init.Capabilities
}

func (s *lspSession) notify(method string, params any) {
	s.t.Helper()
	if err := s.conn.Notify(s.ctx, method, params); err != nil {
		s.t.Fatalf("%s: %v", method, err)
	}
}

// open sends didOpen for the file at path with its content on disk.
func (s *lspSession) open(path string, version int) string {
	s.t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		s.t.Fatal(err)
	}
	uri := fileURI(path)
	s.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "go", "version": version, "text": string(text),
	}})
	return uri
}

// wait returns the next diagnostics published for uri.
func (s *lspSession) wait(uri string) published {
	s.t.Helper()
	for {
		select {
		case p := <-s.diags:
			if p.URI == uri {
				return p
			}
		case <-s.ctx.Done():
			s.t.Fatalf("no diagnostics published for %s", uri)
		}
	}
}

// codeActions requests the code actions at pos of uri.
func (s *lspSession) codeActions(uri string, r lspRange) []codeAction {
	s.t.Helper()
	var actions []codeAction
	if err := s.conn.Call(s.ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]string{"uri": uri},
		"range":        r,
		"context":      map[string]any{"diagnostics": []any{}},
	}, &actions); err != nil {
		s.t.Fatalf("codeAction: %v", err)
	}
	return actions
}

// exit shuts the server down and returns its exit status.
func (s *lspSession) exit() int {
	s.t.Helper()
	if err := s.conn.Call(s.ctx, "shutdown", nil, nil); err != nil {
		s.t.Fatalf("shutdown: %v", err)
	}
	s.notify("exit", nil)
	return s.waitExit()
}

// waitExit waits for the server to end and returns its exit status.
func (s *lspSession) waitExit() int {
	s.t.Helper()
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		} else if err != nil {
			s.t.Fatal(err)
		}
		return 0
	case <-time.After(30 * time.Second):
		_ = s.cmd.Process.Kill()
		s.t.Fatal("fnlint lsp did not exit")
	}
	return -1
}

// find returns the diagnostic whose message starts with prefix.
func find(t *testing.T, p published, prefix string) lspDiagnostic {
	t.Helper()
	for _, d := range p.Diagnostics {
		if strings.HasPrefix(d.Message, prefix) {
			return d
		}
	}
	t.Fatalf("no diagnostic %q among %+v", prefix, p.Diagnostics)
	return lspDiagnostic{}
}

// applyEdits applies LSP text edits, in UTF-16 positions, to text.
func applyEdits(t *testing.T, text string, edits []textEdit) string {
	t.Helper()
	offset := func(p lspPosition) int {
		lines := strings.SplitAfter(text, "\n")
		if p.Line >= len(lines) {
			t.Fatalf("edit at line %d of %d", p.Line, len(lines))
		}
		off := 0
		for _, l := range lines[:p.Line] {
			off += len(l)
		}
		units := utf16.Encode([]rune(strings.TrimSuffix(lines[p.Line], "\n")))
		if p.Character > len(units) {
			t.Fatalf("edit at character %d of a line of %d", p.Character, len(units))
		}
		return off + len(string(utf16.Decode(units[:p.Character])))
	}
	// Apply from the last edit to the first, so offsets stay valid.
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		from, to := offset(e.Range.Start), offset(e.Range.End)
		text = text[:from] + e.NewText + text[to:]
	}
	return text
}

// TestLSP drives the real binary as an editor's language client does:
// initialize, didOpen, codeAction, didSave, shutdown, exit.
func TestLSP(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	s := startLSP(t, dir)
	caps := s.initialize(dir)
	if !strings.Contains(string(caps["codeActionProvider"]), "quickfix") {
		t.Errorf("no quick-fix code actions offered: %s", caps["codeActionProvider"])
	}
	path := filepath.Join(dir, "function.go")
	file := s.open(path, 1)
	p := s.wait(file)
	// The server analyzes the file's package: the handlers registered
	// from the handlers package are reported at their registrations.
	if len(p.Diagnostics) != 17 {
		t.Errorf("%d diagnostics published for function.go, want the sample's 17", len(p.Diagnostics))
	}
	for _, d := range p.Diagnostics {
		if !strings.HasPrefix(d.Source, "fnlint/") || d.Code == "" {
			t.Errorf("diagnostic without source or code: %+v", d)
		}
		resolves(t, d.CodeDescription.Href)
	}
	fatal := find(t, p, "log.Fatalf terminates")
	actions := s.codeActions(file, fatal.Range)
	if len(actions) == 0 || actions[0].Kind != "quickfix" || !slices.ContainsFunc(actions[0].Edit.Changes[file], func(e textEdit) bool { return strings.Contains(e.NewText, "http.Error") }) {
		t.Errorf("no quick fix replacing log.Fatalf: %+v", actions)
	}

	// Fix the file on disk and save: the diagnostic goes away.
	src, _ := os.ReadFile(path)
	fixed := strings.Replace(string(src), `log.Fatalf("decode: %v", err) // exits the instance`,
		`http.Error(w, err.Error(), http.StatusBadRequest)
		return`, 1)
	if err := os.WriteFile(path, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	s.notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": file}})
	p = s.wait(file)
	if len(p.Diagnostics) != 16 {
		t.Errorf("%d diagnostics after the fix, want 16", len(p.Diagnostics))
	}

	// A Go file outside the workspace folders is not analyzed: requests
	// are handled in order, so a publication for it would arrive before
	// the answer to the next request.
	outside := writeModule(t, map[string]string{
		"go.mod": "module example.com/outside\n\ngo 1.24\n",
		"x.go":   "package outside\n\nimport \"net/http\"\n\nfunc Handle(w http.ResponseWriter, r *http.Request) {}\n",
	})
	outsideURI := s.open(filepath.Join(outside, "x.go"), 1)
	s.codeActions(outsideURI, fatal.Range)
	for len(s.diags) > 0 {
		if p := <-s.diags; p.URI == outsideURI {
			t.Errorf("published diagnostics for a file outside the workspace: %+v", p)
		}
	}
	if status := s.exit(); status != 0 {
		t.Errorf("fnlint lsp exited with status %d after shutdown and exit", status)
	}
}

// unicodeLine replaces the sample's log.Fatalf line: before log.Fatal,
// two characters of two UTF-8 bytes and one UTF-16 unit each, and one
// of four bytes and two units.
const unicodeLine = "\t\tlog.Print(\"größe 😀\"); log.Fatal(\"x\")\n"

// TestLSPUnicode: diagnostic ranges and the edits of quick fixes count
// UTF-16 code units.
func TestLSPUnicode(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	path := filepath.Join(dir, "function.go")
	src, _ := os.ReadFile(path)
	text := strings.Replace(string(src), fatalLine, unicodeLine, 1)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startLSP(t, dir)
	s.initialize(dir)
	file := s.open(path, 1)
	d := find(t, s.wait(file), "log.Fatal terminates")
	// \t\t, log.Print(", größe (5 units), a space, 😀 (2 units), "); and a space.
	const col = 2 + 11 + 5 + 1 + 2 + 4
	if want := (lspRange{lspPosition{67, col}, lspPosition{67, col + len(`log.Fatal("x")`)}}); d.Range != want {
		t.Errorf("log.Fatal at %+v, want %+v", d.Range, want)
	}
	actions := s.codeActions(file, d.Range)
	if len(actions) == 0 {
		t.Fatal("no quick fix for log.Fatal")
	}
	got := applyEdits(t, text, actions[0].Edit.Changes[file])
	want := strings.Replace(text, unicodeLine, "\t\tlog.Print(\"größe 😀\"); log.Print(\"x\")\n"+
		"\t\thttp.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)\n"+
		"\t\treturn\n", 1)
	if got != want {
		t.Errorf("the quick fix gives\n%s\nwant\n%s", got, want)
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// TestLSPURIs: the server answers in the client's URIs, here those of a
// workspace under a directory whose name has a space and an @, which
// the client percent-encodes.
func TestLSPURIs(t *testing.T) {
	t.Parallel()
	sample := sampleCopy(t)
	dir := filepath.Join(filepath.Dir(sample), "my ws@2")
	if err := os.Rename(sample, dir); err != nil {
		t.Fatal(err)
	}
	s := startLSP(t, dir)
	s.initialize(dir)
	file := s.open(filepath.Join(dir, "function.go"), 1)
	if !strings.Contains(file, "my%20ws%402") {
		t.Fatalf("the test's URI %s does not percent-encode the @", file)
	}
	p := s.wait(file) // the very URI, or none
	d := find(t, p, "log.Fatalf terminates")
	actions := s.codeActions(file, d.Range)
	if len(actions) == 0 || len(actions[0].Edit.Changes[file]) == 0 {
		t.Errorf("no quick fix at the client's URI: %+v", actions)
	}
	for uri := range actions[0].Edit.Changes {
		if uri != file {
			t.Errorf("an edit of %s, want the client's %s", uri, file)
		}
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// TestLSPCPUProfile: fnlint lsp -cpuprofile writes the session's CPU
// profile (gzipped protocol buffers) when the session ends, as the
// command's -cpuprofile does for a run.
func TestLSPCPUProfile(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	prof := filepath.Join(t.TempDir(), "cpu.out")
	s := startLSP(t, dir, "-cpuprofile", prof)
	s.initialize(dir)
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
	data, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		t.Errorf("%s is not a gzipped profile (%d bytes)", prof, len(data))
	}
}
