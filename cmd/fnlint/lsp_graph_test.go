package main_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestLSPPackageGraph: a save that changes no file's imports, no
// package's files and no module file does not run the go command (the
// server reuses the package graph it listed); a save after an import is
// added, a file is added or deleted, or go.mod is edited lists the graph
// again, and publishes what a server started afresh on the same files
// publishes.
func TestLSPPackageGraph(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) {
		t.Helper()
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// functions-framework-go's registration, in a module as old as the
	// oldest function's (see TestLSPGoMod).
	write("ff/go.mod", "module github.com/GoogleCloudPlatform/functions-framework-go\n\ngo 1.16\n")
	write("ff/functions/functions.go", "package functions\n\nimport \"net/http\"\n\nfunc HTTP(name string, fn func(http.ResponseWriter, *http.Request)) {}\n")
	const mod = "module example.com/sub\n\ngo %s\n\nrequire github.com/GoogleCloudPlatform/functions-framework-go v1.8.1\n\n" +
		"replace github.com/GoogleCloudPlatform/functions-framework-go => ./ff\n"
	write("go.mod", fmt.Sprintf(mod, "1.25"))
	write("stop/stop.go", "package stop\n\nimport \"log\"\n\n// Now ends the process.\nfunc Now(msg string) { log.Fatal(msg) }\n")
	const hello = `package fn

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("Hello", hello) }

func hello(w http.ResponseWriter, r *http.Request) {
	log.Print("hello")
	w.Write([]byte("hello"))
}
`
	write("fn/fn.go", hello)
	// The go command's listing is kept only when no file it read was
	// written as it ran (see runner.Graphs): these were written long ago.
	age := func() {
		old := time.Now().Add(-time.Hour)
		_ = filepath.WalkDir(dir, func(path string, _ os.DirEntry, err error) error {
			if err == nil {
				err = os.Chtimes(path, old, old)
			}
			return err
		})
	}
	age()
	fn := filepath.Join(dir, "fn", "fn.go")

	s := startLSP(t, dir)
	s.initializeWith(dir, editor, nil)
	file := s.open(fn, 1)
	if graph, _ := analyzed(s); graph != "listed" {
		t.Errorf("the first analysis: package graph %s, want listed", graph)
	}
	// save saves fn.go with text, written to disk first, and returns how
	// the server got the package graph and what it published.
	save := func(text string) (string, map[string]string) {
		t.Helper()
		write("fn/fn.go", text)
		s.notify("textDocument/didSave", map[string]any{"textDocument": map[string]string{"uri": file}, "text": text})
		return analyzed(s)
	}
	// fresh returns what a server started now publishes for fn.go.
	fresh := func() map[string]string {
		t.Helper()
		f := startLSP(t, dir)
		f.initializeWith(dir, editor, nil)
		f.open(fn, 1)
		_, published := analyzed(f)
		if status := f.exit(); status != 0 {
			t.Errorf("exit status %d", status)
		}
		return published
	}
	check := func(what, text, wantGraph string) {
		t.Helper()
		graph, got := save(text)
		if graph != wantGraph {
			t.Errorf("%s: package graph %s, want %s", what, graph, wantGraph)
		}
		if want := fresh(); !maps.Equal(got, want) {
			t.Errorf("%s: published\n%s\nwant, as a server started afresh publishes:\n%s", what, show(got), show(want))
		}
	}

	check("a save without changes", hello, "reused")
	check("a body edited", strings.Replace(hello, `log.Print("hello")`, `log.Fatal("hello")`, 1), "reused")
	withImport := strings.Replace(hello, "\t\"net/http\"\n", "\t\"net/http\"\n\n\t\"example.com/sub/stop\"\n", 1)
	withImport = strings.Replace(withImport, `log.Print("hello")`, `log.Print("hello")`+"\n\tstop.Now(\"bye\")", 1)
	check("an import added", withImport, "listed")
	check("a save without changes since", withImport, "reused")

	write("fn/extra.go", "package fn\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\n\t\"github.com/GoogleCloudPlatform/functions-framework-go/functions\"\n)\n\n"+
		"func init() { functions.HTTP(\"Bye\", bye) }\n\nfunc bye(w http.ResponseWriter, r *http.Request) { log.Fatal(\"bye\") }\n")
	check("a file added", withImport, "listed")
	if err := os.Remove(filepath.Join(dir, "fn", "extra.go")); err != nil {
		t.Fatal(err)
	}
	check("a file deleted", withImport, "listed")
	write("go.mod", fmt.Sprintf(mod, "1.16"))
	check("go.mod edited", withImport, "listed")
	age()
	check("a save after all was written long ago", withImport, "listed")
	check("a save without changes since", withImport, "reused")
	if status := s.exit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// analyzed waits for the end of the server's next analysis and returns
// how it got the package graph (listed or reused) and the diagnostics it
// published, by file (the files published without any left out).
func analyzed(s *lspSession) (string, map[string]string) {
	s.t.Helper()
	m := s.waitLog(`analysis \d+ of .*: \d+ diagnostics in .*, package graph (\w+)`)
	// The server publishes before it logs the analysis's end, and the
	// session reads its messages in order.
	published := make(map[string]string)
	for {
		select {
		case p := <-s.diags:
			var diags []string
			for _, d := range p.Diagnostics {
				diags = append(diags, fmt.Sprintf("%d:%d-%d:%d %s: %s", d.Range.Start.Line, d.Range.Start.Character,
					d.Range.End.Line, d.Range.End.Character, d.Source, d.Message))
			}
			slices.Sort(diags)
			if len(diags) > 0 {
				published[p.URI] = strings.Join(diags, "\n")
			} else {
				delete(published, p.URI)
			}
		default:
			return m[1], published
		}
	}
}

// show prints published diagnostics by file.
func show(published map[string]string) string {
	var b strings.Builder
	for _, uri := range slices.Sorted(maps.Keys(published)) {
		fmt.Fprintf(&b, "%s:\n%s\n", uri, published[uri])
	}
	return b.String()
}
