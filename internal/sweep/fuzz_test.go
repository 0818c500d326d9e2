package sweep

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
)

// FuzzAnalyze feeds Go source through package loading and every analyzer
// of the Suite: no input may make them panic or fail. The seeds are the
// function packages of the analyzer testdata; run it for real with
//
//	go test ./internal/sweep -run=^$ -fuzz=FuzzAnalyze -fuzztime=5m
//
// and commit any crasher it writes under testdata/fuzz as a regression
// case.
func FuzzAnalyze(f *testing.F) {
	seeds, _ := filepath.Glob("../../analyzers/*/testdata/*/*.go")
	sort.Strings(seeds)
	for _, path := range seeds {
		if filepath.Ext(path) == ".go" && filepath.Base(filepath.Dir(path)) != "stubs" {
			if src, err := os.ReadFile(path); err == nil {
				f.Add(src)
			}
		}
	}
	stubs, err := filepath.Abs("../../testdata/stubs")
	if err != nil {
		f.Fatal(err)
	}
	gomod := []byte(`module example.com/fuzz

go 1.24

require (
	cloud.google.com/go/pubsub v1.0.0
	cloud.google.com/go/storage v1.40.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/cloudevents/sdk-go/v2 v2.15.2
	golang.org/x/sync v0.8.0
)

replace (
	cloud.google.com/go/pubsub => ` + stubs + `/pubsub
	cloud.google.com/go/storage => ` + stubs + `/storage
	github.com/GoogleCloudPlatform/functions-framework-go => ` + stubs + `/functions-framework-go
	github.com/cloudevents/sdk-go/v2 => ` + stubs + `/cloudevents
	golang.org/x/sync => ` + stubs + `/xsync
)
`)
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), gomod, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "fn.go"), src, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := &packages.Config{
			Mode: packages.LoadAllSyntax | packages.NeedModule,
			Dir:  dir,
			Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
		}
		pkgs, err := packages.Load(cfg, ".")
		if err != nil || len(pkgs) == 0 {
			return // not a loadable package: the loader's business
		}
		// Errors in the source are expected; analysis must still not
		// panic, and analyzers that cannot run say so through Err.
		if _, err := checker.Analyze(analyzers.Suite, pkgs, nil); err != nil {
			t.Fatalf("checker.Analyze: %v", err)
		}
	})
}
