// Package testmodules lists the repository's testdata modules, for the
// tests that run over all of them: each analyzer's (one module, or one
// per case), the runner's, the sample and the legacy function.
package testmodules

import (
	"fmt"
	"path/filepath"
	"runtime"
)

// patterns locate the go.mod files, relative to the repository root.
var patterns = []string{
	"analyzers/*/testdata/go.mod",
	"analyzers/*/testdata/*/go.mod",
	"internal/runner/testdata/*/go.mod",
	"testdata/sample/go.mod",
	"testdata/legacy/go.mod",
}

// Dirs returns the absolute directories of the testdata modules.
func Dirs() ([]string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return nil, fmt.Errorf("testmodules: cannot locate the repository")
	}
	root := filepath.Join(filepath.Dir(file), "..", "..")
	var dirs []string
	for _, p := range patterns {
		mods, err := filepath.Glob(filepath.Join(root, p))
		if err != nil {
			return nil, err
		}
		for _, m := range mods {
			dirs = append(dirs, filepath.Dir(m))
		}
	}
	if len(dirs) < 10 {
		return nil, fmt.Errorf("testmodules: found only %d testdata modules under %s", len(dirs), root)
	}
	return dirs, nil
}

// Name returns a short name for the module in dir, for test names: its
// last two path elements ("osexit/testdata", "testdata/sample").
func Name(dir string) string {
	return filepath.Base(filepath.Dir(dir)) + "/" + filepath.Base(dir)
}
