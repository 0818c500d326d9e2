package lsp

import (
	"path/filepath"
	"testing"
)

// TestOwnFile: the analysis of a package publishes the diagnostics of
// its own Go files, of its module's go.mod, and of any deployment file
// (a template at the repository root, a file -deploy names elsewhere),
// whose diagnostics are the union of what each package reports there;
// never those of another package's Go files.
func TestOwnFile(t *testing.T) {
	root := filepath.FromSlash("/repo/app")
	pkg := filepath.Join(root, "functions", "report")
	for _, tc := range []struct {
		path          string
		own, isShared bool
	}{
		{filepath.Join(pkg, "report.go"), true, false},
		{filepath.Join(root, "functions", "other", "other.go"), false, false},
		{filepath.Join(root, "go.mod"), true, true},
		{filepath.Join(root, "functions", "other", "go.mod"), false, true}, // another module's
		{filepath.FromSlash("/repo/template.yaml"), true, true},
		{filepath.FromSlash("/infra/main.tf"), true, true},
	} {
		if got := ownFile(pkg, tc.path); got != tc.own {
			t.Errorf("ownFile(%s, %s) = %v, want %v", pkg, tc.path, got, tc.own)
		}
		if got := shared(tc.path); got != tc.isShared {
			t.Errorf("shared(%s) = %v, want %v", tc.path, got, tc.isShared)
		}
	}
}
