package main_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// pipe joins a process's stdout (read) and stdin (write) into a stream.
type pipe struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipe) Close() error { return errors.Join(p.WriteCloser.Close(), p.ReadCloser.Close()) }

type published struct {
	URI         string `json:"uri"`
	Diagnostics []struct {
		Range struct {
			Start struct{ Line, Character int } `json:"start"`
			End   struct{ Line, Character int } `json:"end"`
		} `json:"range"`
		Source          string `json:"source"`
		Code            string `json:"code"`
		CodeDescription struct {
			Href string `json:"href"`
		} `json:"codeDescription"`
		Message string `json:"message"`
	} `json:"diagnostics"`
}

// TestLSP drives the real binary as an editor's language client does:
// initialize, didOpen, codeAction, didSave, shutdown, exit.
func TestLSP(t *testing.T) {
	dir := sampleCopy(t)
	cmd := exec.Command(binary, "lsp")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	diags := make(chan published, 16)
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(pipe{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(func(ctx context.Context, c *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
			if req.Method == "textDocument/publishDiagnostics" {
				var p published
				if err := json.Unmarshal(*req.Params, &p); err == nil {
					diags <- p
				}
			}
			return nil, nil
		}))
	defer func() { _ = conn.Close() }()
	notify := func(method string, params any) {
		t.Helper()
		if err := conn.Notify(ctx, method, params); err != nil {
			t.Fatalf("%s: %v", method, err)
		}
	}

	root := (&url.URL{Scheme: "file", Path: dir}).String()
	file := (&url.URL{Scheme: "file", Path: filepath.Join(dir, "function.go")}).String()
	var init struct {
		Capabilities struct {
			CodeActionProvider json.RawMessage `json:"codeActionProvider"`
		} `json:"capabilities"`
	}
	if err := conn.Call(ctx, "initialize", map[string]any{
		"rootUri":          root,
		"workspaceFolders": []map[string]string{{"uri": root, "name": "sample"}},
		"capabilities":     map[string]any{},
	}, &init); err != nil {
		t.Fatalf("initialize: %v", err)
	}
	if !strings.Contains(string(init.Capabilities.CodeActionProvider), "quickfix") {
		t.Errorf("no quick-fix code actions offered: %s", init.Capabilities.CodeActionProvider)
	}
	notify("initialized", map[string]any{})

	wait := func() published {
		t.Helper()
		for {
			select {
			case p := <-diags:
				if p.URI == file {
					return p
				}
			case <-ctx.Done():
				t.Fatal("no diagnostics published for function.go")
			}
		}
	}
	notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": file, "languageId": "go", "version": 1, "text": "",
	}})
	p := wait()
	// The server analyzes the file's package: the handlers registered
	// from the handlers package are reported at their registrations.
	if len(p.Diagnostics) != 17 {
		t.Errorf("%d diagnostics published for function.go, want the sample's 17", len(p.Diagnostics))
	}
	var fatal *struct{ Line, Character int }
	for _, d := range p.Diagnostics {
		if !strings.HasPrefix(d.Source, "fnlint/") || !strings.HasPrefix(d.CodeDescription.Href, "https://") || d.Code == "" {
			t.Errorf("diagnostic without source, code or docs URL: %+v", d)
		}
		if strings.HasPrefix(d.Message, "log.Fatalf terminates") {
			fatal = &d.Range.Start
		}
	}
	if fatal == nil {
		t.Fatal("no osexit diagnostic for log.Fatalf")
	}

	var actions []struct {
		Title string `json:"title"`
		Kind  string `json:"kind"`
		Edit  struct {
			Changes map[string][]struct {
				NewText string `json:"newText"`
			} `json:"changes"`
		} `json:"edit"`
	}
	at := map[string]int{"line": fatal.Line, "character": fatal.Character}
	if err := conn.Call(ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]string{"uri": file},
		"range":        map[string]any{"start": at, "end": at},
		"context":      map[string]any{"diagnostics": []any{}},
	}, &actions); err != nil {
		t.Fatalf("codeAction: %v", err)
	}
	if len(actions) == 0 || actions[0].Kind != "quickfix" || !strings.Contains(actions[0].Edit.Changes[file][0].NewText, "http.Error") {
		t.Errorf("no quick fix replacing log.Fatalf: %+v", actions)
	}

	// Fix the file on disk and save: the diagnostic goes away.
	path := filepath.Join(dir, "function.go")
	src, _ := os.ReadFile(path)
	fixed := strings.Replace(string(src), `log.Fatalf("decode: %v", err) // exits the instance`,
		`http.Error(w, err.Error(), http.StatusBadRequest)
		return`, 1)
	if err := os.WriteFile(path, []byte(fixed), 0o644); err != nil {
		t.Fatal(err)
	}
	notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": file}})
	p = wait()
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
	outsideURI := (&url.URL{Scheme: "file", Path: filepath.Join(outside, "x.go")}).String()
	notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": outsideURI, "languageId": "go", "version": 1, "text": "",
	}})
	var none []any
	if err := conn.Call(ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]string{"uri": outsideURI},
		"range":        map[string]any{"start": at, "end": at},
		"context":      map[string]any{"diagnostics": []any{}},
	}, &none); err != nil {
		t.Fatalf("codeAction: %v", err)
	}
	for len(diags) > 0 {
		if p := <-diags; p.URI == outsideURI {
			t.Errorf("published diagnostics for a file outside the workspace: %+v", p)
		}
	}

	if err := conn.Call(ctx, "shutdown", nil, nil); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	notify("exit", nil)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("fnlint lsp exited with %v", err)
		}
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Error("fnlint lsp did not exit after exit")
	}
}
