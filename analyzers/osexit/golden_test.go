package osexit_test

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestGoldensCompile checks what every suggested fix produces: each
// golden file is gofmt-clean and type-checks in its package, in place of
// the file it fixes.
func TestGoldensCompile(t *testing.T) {
	goldens, _ := filepath.Glob("testdata/*/*.go.golden")
	if len(goldens) == 0 {
		t.Fatal("no golden files")
	}
	for _, golden := range goldens {
		data, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if formatted, err := format.Source(data); err != nil || !bytes.Equal(formatted, data) {
			t.Errorf("%s is not gofmt-clean (%v)", golden, err)
		}
		original, _ := filepath.Abs(strings.TrimSuffix(golden, ".golden"))
		dir, _ := filepath.Abs("testdata")
		cfg := &packages.Config{
			Mode:    packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
			Dir:     dir,
			Env:     append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
			Overlay: map[string][]byte{original: data},
		}
		pkgs, err := packages.Load(cfg, "./"+filepath.Base(filepath.Dir(original)))
		if err != nil {
			t.Fatal(err)
		}
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			for _, e := range p.Errors {
				t.Errorf("%s does not type-check: %v", golden, e)
			}
		})
	}
}
