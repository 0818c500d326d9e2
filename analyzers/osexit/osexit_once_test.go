package osexit_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/osexit"
)

// TestOnceValue checks exits inside sync.OnceValue, OnceValues and
// OnceFunc initializers of another package: the initializer runs once
// per instance, but when it exits it ends the instance on the
// invocation that runs it.
func TestOnceValue(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "oncevalue"), osexit.Analyzer, "./...")
}
