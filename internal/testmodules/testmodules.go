// Package testmodules lists the repository's testdata modules, for the
// tests that run over all of them: each analyzer's (one module, or one
// per case), the runner's, the sample, the legacy function and the
// Lambda sample. It also copies a testdata module for the end-to-end
// tests, with a dependency taken from a module cache of the test's own
// instead of a local directory.
package testmodules

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// patterns locate the go.mod files, relative to the repository root.
var patterns = []string{
	"analyzers/*/testdata/go.mod",
	"analyzers/*/testdata/*/go.mod",
	"lintcmd/runner/testdata/*/go.mod",
	"lintcmd/runner/testdata/*/*/go.mod",
	"testdata/sample/go.mod",
	"testdata/legacy/go.mod",
	"testdata/lambda/go.mod",
	"testdata/config/go.mod",
}

// Dirs returns the absolute directories of the testdata modules.
func Dirs() ([]string, error) {
	dirs, err := glob(patterns)
	if err == nil && len(dirs) < 10 {
		err = fmt.Errorf("testmodules: found only %d testdata modules: %v", len(dirs), dirs)
	}
	return dirs, err
}

// EndToEnd returns the absolute directories of the end-to-end modules:
// the repository's testdata modules (the sample, Lambda, 1st gen, the
// configured module) and the runner's (variants, a replaced module),
// without the analyzers' own. They are the modules the drivers' tests
// run over in every run; the analyzers' modules wait for CI's slow step.
// (A module's short name does not tell them apart: an analyzer's
// analyzers/NAME/testdata/M is testdata/M too.)
func EndToEnd() ([]string, error) {
	dirs, err := glob(endToEnd)
	if err == nil && len(dirs) < 5 {
		err = fmt.Errorf("testmodules: found only %d end-to-end modules: %v", len(dirs), dirs)
	}
	return dirs, err
}

var endToEnd = []string{
	"testdata/*/go.mod",
	"lintcmd/runner/testdata/variants/go.mod",
	"lintcmd/runner/testdata/replaced/*/go.mod",
}

// glob returns the directories of the go.mod files the patterns match.
func glob(patterns []string) ([]string, error) {
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
	if len(dirs) == 0 {
		return nil, fmt.Errorf("testmodules: found no testdata module under %s", root)
	}
	return dirs, nil
}

// Name returns a short name for the module in dir, for test names: its
// last two path elements ("osexit/testdata", "testdata/sample").
func Name(dir string) string {
	return filepath.Base(filepath.Dir(dir)) + "/" + filepath.Base(dir)
}

// Copy copies the module in src to dst, with the relative directories of
// its replace directives made absolute, so that the copy builds where it
// lies.
func Copy(dst, src string) error {
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		return err
	}
	return editGoMod(dst, func(f *modfile.File) error {
		for _, r := range f.Replace {
			if modfile.IsDirectoryPath(r.New.Path) && !filepath.IsAbs(r.New.Path) {
				abs := filepath.Join(src, filepath.FromSlash(r.New.Path))
				if err := f.AddReplace(r.Old.Path, r.Old.Version, abs, ""); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// FromModuleCache makes the module in dir require the module in src at
// version from a module cache, instead of the local directory a replace
// directive may name: it serves src from a module proxy under work,
// downloads it into a module cache there, and returns the environment
// additions that have the go command use that cache, offline.
func FromModuleCache(dir, src, version, work string) (env []string, err error) {
	data, err := os.ReadFile(filepath.Join(src, "go.mod"))
	if err != nil {
		return nil, err
	}
	mod := module.Version{Path: modfile.ModulePath(data), Version: version}
	escaped, err := module.EscapePath(mod.Path)
	if err != nil {
		return nil, err
	}
	proxy := filepath.Join(work, "proxy")
	at := filepath.Join(proxy, filepath.FromSlash(escaped), "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		return nil, err
	}
	var zipped bytes.Buffer
	if err := zip.CreateFromDir(&zipped, mod, src); err != nil {
		return nil, err
	}
	for name, content := range map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": fmt.Appendf(nil, `{"Version":%q,"Time":"2024-01-01T00:00:00Z"}`, version),
		version + ".mod":  data,
		version + ".zip":  zipped.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(at, name), content, 0o644); err != nil {
			return nil, err
		}
	}
	err = editGoMod(dir, func(f *modfile.File) error {
		if err := f.DropReplace(mod.Path, ""); err != nil {
			return err
		}
		return f.AddRequire(mod.Path, version)
	})
	if err != nil {
		return nil, err
	}
	env = []string{
		"GOMODCACHE=" + filepath.Join(work, "modcache"),
		"GOFLAGS=-mod=mod -modcacherw", // a cache that the test's cleanup can remove
		"GOSUMDB=off",
		"GOWORK=off",
	}
	get := exec.Command("go", "mod", "download", mod.String())
	get.Dir = dir
	get.Env = append(append(os.Environ(), env...), "GOPROXY=file://"+filepath.ToSlash(proxy))
	if out, err := get.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go mod download %s: %w\n%s", mod, err, out)
	}
	return append(env, "GOPROXY=off"), nil
}

// editGoMod rewrites the go.mod file in dir with edit.
func editGoMod(dir string, edit func(*modfile.File) error) error {
	path := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		return err
	}
	if err := edit(f); err != nil {
		return err
	}
	f.Cleanup()
	out, err := f.Format()
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}
