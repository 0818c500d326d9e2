package osexit_test

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/unreachable"
	"golang.org/x/tools/go/packages"
)

// TestGoldensCompile checks what the suggested fixes produce together:
// each golden file is gofmt-clean, type-checks in its package in place
// of the file it fixes, and has no code that go vet's unreachable pass
// reports. (checkEachFix checks each fix on its own.)
func TestGoldensCompile(t *testing.T) {
	goldens, _ := filepath.Glob("testdata/*/*.go.golden")
	if len(goldens) == 0 {
		t.Fatal("no golden files")
	}
	dir, _ := filepath.Abs("testdata")
	overlay := make(map[string][]byte)
	fixed := make(map[string]string) // fixed file -> its golden
	var patterns []string
	for _, golden := range goldens {
		data, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if formatted, err := format.Source(data); err != nil || !bytes.Equal(formatted, data) {
			t.Errorf("%s is not gofmt-clean (%v)", golden, err)
		}
		original, _ := filepath.Abs(strings.TrimSuffix(golden, ".golden"))
		overlay[original] = data
		fixed[original] = golden
		patterns = append(patterns, "./"+filepath.Base(filepath.Dir(original)))
	}
	cfg := &packages.Config{
		Mode:    packages.LoadSyntax,
		Dir:     dir,
		Env:     append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s does not type-check: %v", p.PkgPath, e)
		}
	})
	for _, p := range pkgs {
		p.Imports = nil // unreachable needs no facts of the dependencies
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{unreachable.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Analyzer != unreachable.Analyzer {
			continue
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			if golden, ok := fixed[p.Filename]; ok {
				t.Errorf("%s: go vet: line %d: %s", golden, p.Line, d.Message)
			}
		}
	}
}
