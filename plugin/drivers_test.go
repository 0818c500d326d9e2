package plugin_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/fnlint/fnlint/internal/testmodules"
)

// configFindings are the findings on testdata/config, whose fnlint.toml
// files turn analyzers and options on and off per directory, exclude a
// directory and declare the entry points: every driver must report
// these, and only these.
var configFindings = []string{
	"conf.go:13:3: log.Fatal terminates the function instance; respond with http.Error and return instead",
	"conf.go:18:3: panic in function code: the framework answers 500 and logs a stack trace; respond with an error instead",
	"jobs/jobs.go:13:3: log.Fatal terminates the function instance; respond with http.Error and return instead",
	"jobs/jobs.go:15:10: os.CreateTemp creates a temporary file that is never removed: the filesystem is in memory, so it keeps using the instance's memory after the invocation; remove it before returning (defer os.Remove)",
}

// fourDrivers runs the four drivers (fnlint, go vet -vettool=fnlint,
// fnlint lsp and the custom golangci-lint gcl) on a copy of
// testdata/config and checks that each reports configFindings: they
// read the same configuration the same way.
func fourDrivers(t *testing.T, root, work, gcl string) {
	dir := filepath.Join(work, "config")
	if err := testmodules.Copy(dir, filepath.Join(root, "testdata", "config")); err != nil {
		t.Fatal(err)
	}
	fnlint := filepath.Join(work, "fnlint")
	if out, err := exec.Command("go", "build", "-o", fnlint, filepath.Join(root, "cmd", "fnlint")).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	env := append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod", "FNLINT_CACHE="+filepath.Join(work, "fnlint-cache"))
	// output runs a driver in dir and returns its standard output and
	// error together.
	output := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		_ = cmd.Run() // findings make the status non-zero
		return out.String()
	}
	// lines returns the lines of out that are findings, as
	// "file:line:col: message" relative to dir, sorted.
	lines := func(out string, strip func(string) string) []string {
		var got []string
		for _, l := range strings.Split(out, "\n") {
			l = strings.TrimPrefix(strings.TrimSpace(l), dir+string(filepath.Separator))
			if strings.HasSuffix(strings.SplitN(l, ":", 2)[0], ".go") {
				got = append(got, strip(l))
			}
		}
		slices.Sort(got)
		return got
	}
	check := func(driver string, got []string) {
		t.Helper()
		if !slices.Equal(got, configFindings) {
			t.Errorf("%s reports\n\t%s\nwant\n\t%s", driver, strings.Join(got, "\n\t"), strings.Join(configFindings, "\n\t"))
		}
	}
	withoutAnalyzer := func(l string) string {
		if i := strings.LastIndex(l, " ("); i >= 0 && strings.HasSuffix(l, ")") {
			return l[:i]
		}
		return l
	}
	check("fnlint ./...", lines(output(fnlint, "./..."), withoutAnalyzer))
	check("go vet -vettool=fnlint ./...", lines(output("go", "vet", "-vettool="+fnlint, "./..."), func(l string) string { return l }))

	// golangci-lint, with the plugin enabled and no settings: the files
	// configure it.
	golangci := "version: \"2\"\nlinters:\n  default: none\n  enable: [fnlint]\n  settings:\n    custom:\n      fnlint:\n        type: module\nissues:\n  max-same-issues: 0\n  max-issues-per-linter: 0\n  uniq-by-line: false\n"
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(golangci), 0o644); err != nil {
		t.Fatal(err)
	}
	var report struct {
		Issues []struct {
			Text string
			Pos  struct {
				Filename     string
				Line, Column int
			}
		}
	}
	out := output(gcl, "run", "--output.json.path=stdout", "--show-stats=false", "./...")
	if err := json.Unmarshal([]byte(out[:strings.LastIndex(out, "}")+1]), &report); err != nil {
		t.Fatalf("golangci-lint JSON output: %v\n%s", err, out)
	}
	var issues []string
	for _, is := range report.Issues {
		if strings.Contains(is.Text, "(related information): ") {
			continue // golangci-lint gives each related position an issue of its own
		}
		_, text, _ := strings.Cut(is.Text, ": ") // golangci-lint prefixes the analyzer's name
		issues = append(issues, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column, text))
	}
	slices.Sort(issues)
	check("golangci-lint run ./...", issues)

	check("fnlint lsp", lspFindings(t, fnlint, dir, env, []string{"conf.go", "jobs/jobs.go", "legacy/legacy.go"}))
}

// lspFindings runs fnlint lsp in dir, opens the files (relative to dir)
// and returns the diagnostics published for them, as
// "file:line:col: message", sorted.
func lspFindings(t *testing.T, fnlint, dir string, env []string, files []string) []string {
	t.Helper()
	cmd := exec.Command(fnlint, "lsp")
	cmd.Dir = dir
	cmd.Env = env
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	type diagnostic struct {
		Range struct {
			Start struct{ Line, Character int }
		}
		Message string
	}
	type published struct {
		URI         string
		Diagnostics []diagnostic
	}
	diags := make(chan published, 64)
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(stdio{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
			var p published
			if req.Method == "textDocument/publishDiagnostics" && json.Unmarshal(*req.Params, &p) == nil {
				diags <- p
			}
			return nil, nil
		}), jsonrpc2.SetLogger(log.New(io.Discard, "", 0)))
	defer func() {
		_ = conn.Close()
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}()
	uri := func(path string) string { return (&url.URL{Scheme: "file", Path: path}).String() }
	if err := conn.Call(ctx, "initialize", map[string]any{"rootUri": uri(dir), "capabilities": map[string]any{}}, nil); err != nil {
		t.Fatalf("initialize: %v\n%s", err, stderr.String())
	}
	_ = conn.Notify(ctx, "initialized", map[string]any{})
	want := make(map[string]string) // URI -> file
	for _, f := range files {
		text, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		u := uri(filepath.Join(dir, f))
		want[u] = f
		_ = conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{
			"uri": u, "languageId": "go", "version": 1, "text": string(text),
		}})
	}
	got := make(map[string][]string)
	for len(got) < len(want) {
		select {
		case p := <-diags:
			f, ok := want[p.URI]
			if !ok {
				continue
			}
			got[f] = nil
			for _, d := range p.Diagnostics {
				// Characters are UTF-16 units from 0: the files are ASCII.
				got[f] = append(got[f], fmt.Sprintf("%s:%d:%d: %s", f, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Message))
			}
		case <-ctx.Done():
			t.Fatalf("fnlint lsp published diagnostics for %d of %d files\n%s", len(got), len(want), stderr.String())
		}
	}
	var all []string
	for _, ds := range got {
		all = append(all, ds...)
	}
	slices.Sort(all)
	if err := conn.Call(ctx, "shutdown", nil, nil); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		t.Errorf("shutdown: %v", err)
	}
	return all
}

// stdio joins a process's standard output (read) and input (write).
type stdio struct {
	io.ReadCloser
	io.WriteCloser
}

func (s stdio) Close() error { return errors.Join(s.WriteCloser.Close(), s.ReadCloser.Close()) }
