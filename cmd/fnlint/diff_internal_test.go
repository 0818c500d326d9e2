package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// bigFile returns a Go file of about n lines, and the same file with a
// handful of lines changed near its start, middle and end, as fixes
// change them.
func bigFile(n int) (old, new []byte) {
	var a, b strings.Builder
	a.WriteString("package big\n\n")
	b.WriteString("package big\n\n")
	for i, lines := 0, 2; lines < n; i, lines = i+1, lines+7 {
		f := fmt.Sprintf("func f%d(x int) int {\n\tif x > %d {\n\t\treturn x - 1 // down\n\t}\n\treturn x + %d\n}\n\n", i, i, i)
		a.WriteString(f)
		if i == 3 || i == n/14 || i == n/7-2 {
			f = strings.Replace(f, "return x - 1 // down", "panic(x)\n\t\treturn 0", 1)
		}
		b.WriteString(f)
	}
	return []byte(a.String()), []byte(b.String())
}

// TestUnifiedDiff: -diff's output is a unified diff that patch applies
// to the old file to give the new one, with fnlint's headers, and the
// file's last line without a line break is marked as diff -u marks it.
func TestUnifiedDiff(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("no patch command")
	}
	old, new := bigFile(2000)
	for name, tc := range map[string][2][]byte{
		"changes":                   {old, new},
		"no final line break":       {old[:len(old)-1], new[:len(new)-1]},
		"a line added at the end":   {old, append(append([]byte(nil), old...), "// end\n"...)},
		"a line added at the start": {old, append([]byte("// start\n"), old...)},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "big.go")
			if err := os.WriteFile(file, tc[0], 0o644); err != nil {
				t.Fatal(err)
			}
			text, err := unifiedDiff(file, tc[0], tc[1])
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(text, "--- "+file+" (old)\n+++ "+file+" (new)\n@@ -") {
				t.Errorf("headers:\n%.200s", text)
			}
			patch := filepath.Join(dir, "big.diff")
			if err := os.WriteFile(patch, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "patched.go")
			if msg, err := exec.Command("patch", "-s", "-o", out, file, patch).CombinedOutput(); err != nil {
				t.Fatalf("patch: %v\n%s\ndiff:\n%s", err, msg, text)
			}
			if got, _ := os.ReadFile(out); string(got) != string(tc[1]) {
				t.Errorf("the patched file differs from the new one; diff:\n%s", text)
			}
		})
	}
}

// BenchmarkDiff40k measures -diff's diff of a 40,000-line file with a
// few fixed lines (go-difflib took 31 s; Myers' algorithm takes time
// linear in the size for so few changes).
func BenchmarkDiff40k(b *testing.B) {
	old, new := bigFile(40000)
	for b.Loop() {
		if _, err := unifiedDiff("big.go", old, new); err != nil {
			b.Fatal(err)
		}
	}
}
