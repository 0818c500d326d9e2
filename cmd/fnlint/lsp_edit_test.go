package main_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/sourcegraph/jsonrpc2"
)

// change sends an incremental didChange.
func (s *lspSession) change(uri string, version int, changes ...map[string]any) {
	s.t.Helper()
	s.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": changes,
	})
}

// replace is a content change of the range r by text.
func replace(r lspRange, text string) map[string]any {
	return map[string]any{"range": r, "text": text}
}

// waitLog returns the next message of the server's log that matches re.
func (s *lspSession) waitLog(re string) []string {
	s.t.Helper()
	rx := regexp.MustCompile(re)
	for {
		select {
		case msg := <-s.logs:
			if m := rx.FindStringSubmatch(msg); m != nil {
				return m
			}
		case <-s.ctx.Done():
			s.t.Fatalf("no log message matching %q", re)
		}
	}
}

// waitShown returns the next message shown to the user.
func (s *lspSession) waitShown() string {
	s.t.Helper()
	select {
	case msg := <-s.shown:
		return msg
	case <-s.ctx.Done():
		s.t.Fatal("no message shown")
	}
	return ""
}

// analyses waits for the log of the end of an analysis and returns how
// many the server ran.
func (s *lspSession) analyses() int {
	s.t.Helper()
	m := s.waitLog(`analysis (\d+) of .*: \d+ diagnostics`)
	n, _ := strconv.Atoi(m[1])
	return n
}

// documentEdits returns the edits of the action's document change of
// uri, and the version they are for.
func documentEdits(t *testing.T, a codeAction, uri string) ([]textEdit, int) {
	t.Helper()
	if len(a.Edit.Changes) > 0 {
		t.Errorf("unversioned changes: %+v", a.Edit.Changes)
	}
	for _, dc := range a.Edit.DocumentChanges {
		if dc.TextDocument.URI == uri {
			if dc.TextDocument.Version == nil {
				t.Fatalf("a change of the open %s without its version", uri)
			}
			return dc.Edits, *dc.TextDocument.Version
		}
	}
	t.Fatalf("no change of %s in %+v", uri, a)
	return nil, 0
}

// at returns the range of the first occurrence of sub in text, in UTF-16
// code units.
func at(t *testing.T, text, sub string) lspRange {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("no %q in the text", sub)
	}
	pos := func(off int) lspPosition {
		line := strings.Count(text[:off], "\n")
		start := strings.LastIndex(text[:off], "\n") + 1
		return lspPosition{line, len(utf16.Encode([]rune(text[start:off])))}
	}
	return lspRange{pos(i), pos(i + len(sub))}
}

// TestLSPUnsavedEdit: the server analyzes the buffer, not the file: after
// three comment lines typed above a handler, and not saved, the
// diagnostic moves with the code and the quick fix, for that version of
// the document, rewrites the log.Fatalf and not the line now there.
func TestLSPUnsavedEdit(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	s, path, file := openInEditor(t, dir, nil)
	if p := s.wait(file); p.Version == nil || *p.Version != 1 {
		t.Errorf("diagnostics of version %v, want 1", p.Version)
	}
	disk, _ := os.ReadFile(path)
	text := string(disk)
	top := at(t, text, "// helloHTTP greets the caller.\n")
	top.End = top.Start
	s.change(file, 2, replace(top, "// One,\n// two,\n// three lines.\n"))
	text = strings.Replace(text, "// helloHTTP greets", "// One,\n// two,\n// three lines.\n// helloHTTP greets", 1)

	p := s.wait(file)
	if p.Version == nil || *p.Version != 2 {
		t.Errorf("diagnostics of version %v, want 2", p.Version)
	}
	d := find(t, p, "log.Fatalf terminates")
	if want := at(t, text, `log.Fatalf("decode: %v", err)`); d.Range != want {
		t.Errorf("log.Fatalf at %+v in the buffer, want %+v", d.Range, want)
	}
	actions := s.codeActions(file, d.Range)
	if len(actions) == 0 {
		t.Fatal("no quick fix after the unsaved edit")
	}
	edits, version := documentEdits(t, actions[0], file)
	if version != 2 {
		t.Errorf("the fix is for version %d, want 2", version)
	}
	want := strings.Replace(text, fatalLine, fixedLine, 1)
	if got := applyEdits(t, text, edits); got != want {
		t.Errorf("the quick fix gives\n%s\nwant\n%s", got, want)
	}
	if got, _ := os.ReadFile(path); string(got) != string(disk) {
		t.Error("the server wrote the file")
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// TestLSPRapidChanges: 50 changes in a row, then a code action; the
// server coalesces them into one analysis, of the last version, counted
// by the log of its analyses (a debounce of a minute keeps wall-clock
// time out of the count: only the code action starts the analysis).
func TestLSPRapidChanges(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	s, path, file := openInEditor(t, dir, map[string]any{"debounce": 60000})
	d := find(t, s.wait(file), "log.Fatalf terminates")
	if n := s.analyses(); n != 1 {
		t.Fatalf("%d analyses after didOpen, want 1", n)
	}
	disk, _ := os.ReadFile(path)
	text := string(disk)
	end := at(t, text, "// Package sample is a small")
	end.Start = end.End
	for i := 2; i <= 51; i++ {
		s.change(file, i, replace(end, "x"))
		end.Start.Character++
		end.End = end.Start
	}
	text = strings.Replace(text, "// Package sample is a small", "// Package sample is a small"+strings.Repeat("x", 50), 1)
	actions := s.codeActions(file, d.Range)
	if len(actions) == 0 {
		t.Fatal("no quick fix after the changes")
	}
	edits, version := documentEdits(t, actions[0], file)
	if version != 51 {
		t.Errorf("the fix is for version %d, want 51", version)
	}
	if got, want := applyEdits(t, text, edits), strings.Replace(text, fatalLine, fixedLine, 1); got != want {
		t.Errorf("the quick fix gives\n%s\nwant\n%s", got, want)
	}
	if n := s.analyses(); n != 2 {
		t.Errorf("%d analyses for didOpen, 50 changes and a code action, want 2", n)
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// TestLSPUnicodeChanges: incremental changes count UTF-16 code units:
// after a character typed behind an emoji, log.Fatal is one unit
// further and its quick fix still rewrites exactly it.
func TestLSPUnicodeChanges(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	s, path, file := openInEditor(t, dir, nil)
	s.wait(file)
	disk, _ := os.ReadFile(path)
	text := string(disk)
	line := at(t, text, strings.TrimPrefix(fatalLine, "\t\t"))
	s.change(file, 2, replace(line, strings.TrimPrefix(unicodeLine, "\t\t")))
	text = strings.Replace(text, fatalLine, unicodeLine, 1)
	emoji := at(t, text, "😀")
	emoji.Start = emoji.End
	s.change(file, 3, replace(emoji, "!"))
	text = strings.Replace(text, "😀", "😀!", 1)

	var p published
	for p = s.wait(file); p.Version == nil || *p.Version != 3; p = s.wait(file) {
	}
	d := find(t, p, "log.Fatal terminates")
	if want := at(t, text, `log.Fatal("x")`); d.Range != want {
		t.Errorf("log.Fatal at %+v, want %+v", d.Range, want)
	}
	actions := s.codeActions(file, d.Range)
	if len(actions) == 0 {
		t.Fatal("no quick fix for log.Fatal")
	}
	edits, _ := documentEdits(t, actions[0], file)
	want := strings.Replace(text, `log.Fatal("x")`+"\n", `log.Print("x")`+"\n"+
		"\t\thttp.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)\n"+
		"\t\treturn\n", 1)
	if got := applyEdits(t, text, edits); got != want {
		t.Errorf("the quick fix gives\n%s\nwant\n%s", got, want)
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// TestLSPTypeErrors: an edit that does not type-check keeps the last
// diagnostics (nothing is published), and offers no fix for the new
// version; the next edit that type-checks (a full-text change) publishes
// again.
func TestLSPTypeErrors(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	s, path, file := openInEditor(t, dir, nil)
	d := find(t, s.wait(file), "log.Fatalf terminates")
	disk, _ := os.ReadFile(path)
	end := at(t, string(disk), "func audit(")
	end.End = end.Start
	s.change(file, 2, replace(end, "var broken int = \"not an int\"\n\n"))
	s.waitLog(`does not type-check \(.*function.go:\d+:\d+: cannot use "not an int"`)
	if len(s.diags) > 0 {
		t.Errorf("diagnostics published for code that does not type-check: %+v", <-s.diags)
	}
	if actions := s.codeActions(file, d.Range); len(actions) != 0 {
		t.Errorf("fixes offered for a version that was not analyzed: %+v", actions)
	}
	s.change(file, 3, map[string]any{"text": string(disk)})
	if p := s.wait(file); len(p.Diagnostics) != 17 || *p.Version != 3 {
		t.Errorf("%d diagnostics of version %v after the repair, want 17 of 3", len(p.Diagnostics), *p.Version)
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// TestLSPLoadErrors: a go.mod that does not parse and dependencies that
// are not downloaded are shown to the user with the remedy; repairing
// go.mod and saving brings the diagnostics.
func TestLSPLoadErrors(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	gomod := filepath.Join(dir, "go.mod")
	good, _ := os.ReadFile(gomod)
	if err := os.WriteFile(gomod, append(good, "require (\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	s, path, file := openInEditor(t, dir, nil)
	if msg := s.waitShown(); !strings.Contains(msg, "go.mod does not parse (go.mod:") || !strings.Contains(msg, "fix go.mod") {
		t.Errorf("shown %q, want that go.mod does not parse, where, and the remedy", msg)
	}
	// A dependency that is in no module cache.
	missing := strings.Replace(string(good), "require (", "require (\n\texample.com/not/downloaded v1.0.0", 1)
	if err := os.WriteFile(gomod, []byte(missing), 0o644); err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(path)
	withImport := strings.Replace(string(src), "import (", "import (\n\t_ \"example.com/not/downloaded\"", 1)
	s.notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": file}, "text": withImport})
	if msg := s.waitShown(); !strings.Contains(msg, "dependencies are not downloaded: run go mod download all") {
		t.Errorf("shown %q, want that dependencies are not downloaded, and the remedy", msg)
	}
	if err := os.WriteFile(gomod, good, 0o644); err != nil {
		t.Fatal(err)
	}
	s.notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": file}, "text": string(src)})
	if p := s.wait(file); len(p.Diagnostics) != 17 {
		t.Errorf("%d diagnostics after go.mod is repaired, want 17", len(p.Diagnostics))
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// TestLSPProtocol: a message over the size limit is skipped and said,
// and the server goes on; after shutdown it analyzes nothing and refuses
// requests; it exits with 0 after shutdown and exit.
func TestLSPProtocol(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	s, path, file := openInEditor(t, dir, nil)
	d := find(t, s.wait(file), "log.Fatalf terminates")
	s.analyses()

	// 17 MiB of a didChange, streamed; the server skips it.
	const size = 17 << 20
	head := fmt.Sprintf(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":%q,"version":2},"contentChanges":[{"text":"`, file)
	tail := `"}]}}`
	if _, err := fmt.Fprintf(s.stdin, "Content-Length: %d\r\n\r\n%s", size, head); err != nil {
		t.Fatal(err)
	}
	chunk := []byte(strings.Repeat("/", 1<<16))
	for n := size - len(head) - len(tail); n > 0; n -= len(chunk) {
		if _, err := s.stdin.Write(chunk[:min(n, len(chunk))]); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.stdin.Write([]byte(tail)); err != nil {
		t.Fatal(err)
	}
	if msg := s.waitShown(); !strings.Contains(msg, "skipped a message of 17825792 bytes") {
		t.Errorf("shown %q, want the skipped message", msg)
	}
	// The document's text is unknown until it is saved: no fix.
	if actions := s.codeActions(file, d.Range); len(actions) != 0 {
		t.Errorf("fixes offered for a document whose text is unknown: %+v", actions)
	}
	src, _ := os.ReadFile(path)
	s.notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": file}, "text": string(src)})
	s.wait(file)
	if actions := s.codeActions(file, d.Range); len(actions) == 0 {
		t.Error("no fix after the save")
	}
	n := s.analyses()

	if err := s.conn.Call(s.ctx, "shutdown", nil, nil); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	s.notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": file}, "text": string(src)})
	var e *jsonrpc2.Error
	if err := s.conn.Call(s.ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]string{"uri": file}, "range": d.Range, "context": map[string]any{},
	}, nil); !errors.As(err, &e) || e.Code != -32600 {
		t.Errorf("a request after shutdown: %v, want InvalidRequest", err)
	}
	s.notify("exit", nil)
	if status := s.waitExit(); status != 0 {
		t.Errorf("exit status %d after shutdown and exit, want 0", status)
	}
	for len(s.logs) > 0 {
		if msg := <-s.logs; strings.Contains(msg, fmt.Sprintf("analysis %d of", n+1)) {
			t.Errorf("an analysis after shutdown: %s", msg)
		}
	}
	if len(s.diags) > 0 {
		t.Errorf("diagnostics published after shutdown: %+v", <-s.diags)
	}
}

// TestLSPBrokenStream: a framing error is logged to the client and ends
// the server with status 1; so does exit without shutdown.
func TestLSPBrokenStream(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	s := startLSP(t, dir)
	s.initialize(dir)
	if _, err := fmt.Fprintf(s.stdin, "Content-Length: nine\r\n\r\n{\"json\": "); err != nil {
		t.Fatal(err)
	}
	s.waitLog(`malformed Content-Length " nine"; .*exits`)
	if status := s.waitExit(); status != 1 {
		t.Errorf("exit status %d after a framing error, want 1", status)
	}

	s = startLSP(t, dir)
	s.initialize(dir)
	s.notify("exit", nil)
	if status := s.waitExit(); status != 1 {
		t.Errorf("exit status %d after exit without shutdown, want 1", status)
	}
}

// TestLSPInvalidMessages: a message framed correctly whose content is
// not JSON, not an object (a batch, even an empty one) or not a request
// is answered with -32700 or -32600 and logged, and the server goes on
// as before: it analyzes, answers, and exits with 0 after shutdown and
// exit.
func TestLSPInvalidMessages(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	s := startLSP(t, dir)
	s.initializeWith(dir, editor, nil)
	for _, tc := range []struct {
		body string
		code int64
		id   uint64 // 0 for null
	}{
		{`{"jsonrpc": "2.0", "method"`, -32700, 0},
		{`not json`, -32700, 0},
		{`[]`, -32600, 0},
		{`[{"jsonrpc":"2.0","id":70,"method":"shutdown"}]`, -32600, 0},
		{`"exit"`, -32600, 0},
		{`{"jsonrpc":"2.0","id":77,"method":5}`, -32600, 77},
	} {
		if _, err := fmt.Fprintf(s.stdin, "Content-Length: %d\r\n\r\n%s", len(tc.body), tc.body); err != nil {
			t.Fatal(err)
		}
		select {
		case r := <-s.stray:
			if r.Error == nil || r.Error.Code != tc.code || r.ID.Num != tc.id || r.ID.IsString {
				t.Errorf("%s: answered %+v (error %+v), want error %d with id %d", tc.body, r, r.Error, tc.code, tc.id)
			}
		case <-s.conn.DisconnectNotify():
			t.Fatalf("%s: the server ended the stream", tc.body)
		case <-s.ctx.Done():
			t.Fatalf("%s: no answer", tc.body)
		}
	}
	s.waitLog(`a batch of messages`)
	// The server still reads, analyzes and answers.
	file := s.open(filepath.Join(dir, "function.go"), 1)
	d := find(t, s.wait(file), "log.Fatalf terminates")
	if actions := s.codeActions(file, d.Range); len(actions) == 0 {
		t.Error("no fix after the invalid messages")
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d after shutdown and exit, want 0", status)
	}
}

// openInEditor starts the server on dir as the editor would, with the
// given settings, and opens the sample's function.go as version 1.
func openInEditor(t *testing.T, dir string, settings map[string]any) (s *lspSession, path, file string) {
	s = startLSP(t, dir)
	s.initializeWith(dir, editor, settings)
	path = filepath.Join(dir, "function.go")
	return s, path, s.open(path, 1)
}

// TestLSPGoMod: a finding at go.mod's go directive (runtimeversion) is
// published for go.mod, as gopls publishes its own diagnostics there, at
// the directive's line.
func TestLSPGoMod(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "testdata", "legacy"), dir)
	s := startLSP(t, dir)
	s.initializeWith(dir, editor, nil)
	s.open(filepath.Join(dir, "function.go"), 1)
	p := s.wait(fileURI(filepath.Join(dir, "go.mod")))
	d := find(t, p, "go.mod selects Go 1.16")
	if d.Range.Start.Line != 2 || d.Source != "fnlint/runtimeversion" {
		t.Errorf("go.mod diagnostic %+v, want runtimeversion's at line 3", d)
	}
	// An edit that does not type-check keeps go.mod's diagnostic too.
	legacy := fileURI(filepath.Join(dir, "function.go"))
	s.change(legacy, 2, map[string]any{"text": "package legacy\n\nvar broken int = \"x\"\n"})
	s.waitLog("does not type-check")
	if len(s.diags) > 0 {
		t.Errorf("diagnostics published after an edit that does not type-check: %+v", <-s.diags)
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}

	// The function package below the module's root publishes there too,
	// and clears it when go.mod moves to a supported Go.
	dir = t.TempDir()
	gomod := filepath.Join(dir, "go.mod")
	write := func(path, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// functions-framework-go's registration, in a module as old as the
	// function's (the testdata stub needs Go 1.22, a supported runtime).
	write(filepath.Join(dir, "ff", "go.mod"), "module github.com/GoogleCloudPlatform/functions-framework-go\n\ngo 1.16\n")
	write(filepath.Join(dir, "ff", "functions", "functions.go"), `package functions

import "net/http"

func HTTP(name string, fn func(http.ResponseWriter, *http.Request)) {}
`)
	const mod = "module example.com/sub\n\ngo %s\n\nrequire github.com/GoogleCloudPlatform/functions-framework-go v1.8.1\n\n" +
		"replace github.com/GoogleCloudPlatform/functions-framework-go => ./ff\n"
	write(gomod, fmt.Sprintf(mod, "1.16"))
	fn := filepath.Join(dir, "fn", "fn.go")
	const hello = `package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("Hello", hello) }

func hello(w http.ResponseWriter, r *http.Request) { w.Write([]byte("hello")) }
`
	write(fn, hello)
	// A second function package reports the same finding; when it no
	// longer declares an entry point, go.mod keeps the first's.
	fn2 := filepath.Join(dir, "fn2", "fn2.go")
	registered := strings.ReplaceAll(strings.ReplaceAll(hello, "package fn", "package fn2"), `"Hello"`, `"Hello2"`)
	write(fn2, registered)
	s = startLSP(t, dir)
	s.initializeWith(dir, editor, nil)
	file := s.open(fn, 1)
	find(t, s.wait(fileURI(gomod)), "go.mod selects Go 1.16")
	file2 := s.open(fn2, 1)
	if p := s.wait(fileURI(gomod)); len(p.Diagnostics) != 1 {
		t.Errorf("go.mod has %d diagnostics with two packages reporting the same, want 1", len(p.Diagnostics))
	}
	unregistered := strings.Replace(registered, `func init() { functions.HTTP("Hello2", hello) }`, `var _ = functions.HTTP`, 1)
	s.change(file2, 2, map[string]any{"text": unregistered})
	if p := s.wait(fileURI(gomod)); len(p.Diagnostics) != 1 {
		t.Errorf("go.mod has %d diagnostics after fn2 stopped reporting, want fn's 1", len(p.Diagnostics))
	}
	write(gomod, fmt.Sprintf(mod, "1.25"))
	text, _ := os.ReadFile(fn)
	s.notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": file}, "text": string(text)})
	if p := s.wait(fileURI(gomod)); len(p.Diagnostics) != 0 {
		t.Errorf("go.mod keeps %+v after moving to Go 1.25", p.Diagnostics)
	}
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}
