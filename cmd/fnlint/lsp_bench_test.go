package main_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkLSPSave measures the latency from a save to the diagnostics
// of the saved file, on the sample module (docs/editors.md quotes it):
// an operation sends didSave, with the text, for function.go and waits
// for the publishDiagnostics of function.go that follows, over the real
// binary's stdin and stdout.
//
//	go test ./cmd/fnlint -run '^$' -bench LSPSave -benchtime 20x
func BenchmarkLSPSave(b *testing.B) {
	dir := b.TempDir()
	src, _ := filepath.Abs("../../testdata/sample")
	stubs, _ := filepath.Abs("../../testdata/stubs")
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err == nil && rel == "go.mod" {
			data = bytes.ReplaceAll(data, []byte("../stubs"), []byte(stubs))
		}
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		b.Fatal(err)
	}
	var flags []string
	if prof := os.Getenv("FNLINT_LSP_CPUPROFILE"); prof != "" {
		// The server's own profile: the benchmark times a separate
		// process, which go test's -cpuprofile does not see.
		flags = append(flags, "-cpuprofile", prof)
	}
	s := startLSP(b, dir, flags...)
	s.initializeWith(dir, editor, nil)
	path := filepath.Join(dir, "function.go")
	file := s.open(path, 1)
	s.wait(file)
	text, _ := os.ReadFile(path)
	save := map[string]any{"textDocument": map[string]string{"uri": file}, "text": string(text)}
	for b.Loop() {
		s.notify("textDocument/didSave", save)
		s.wait(file)
	}
	b.StopTimer()
	if status := s.exit(); status != 0 {
		b.Errorf("exit status %d", status)
	}
}
