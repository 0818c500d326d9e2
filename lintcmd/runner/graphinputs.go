package runner

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"hash"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/locality"
)

// graphInputs names what a listing read that can change: the directories
// of the packages the user edits, and the module files.
type graphInputs struct {
	dirs  []string // sorted
	files []string // sorted
	// built lists the files of those packages that the go command wrote
	// in its build cache (the test main, cgo's output), named by their
	// content: they only have to be there still.
	built []string
}

// newGraphInputs returns the inputs of the listing roots, made with cfg,
// or false when it is not to be kept (see Graphs).
func newGraphInputs(cfg packages.Config, roots []*packages.Package) (graphInputs, bool) {
	if len(roots) == 0 {
		return graphInputs{}, false
	}
	ok := true
	dirs := make(map[string]bool)
	modDirs := make(map[string]bool)
	built := make(map[string]bool)
	nested := make(map[string]bool)
	var mainMods []string
	packages.Visit(roots, nil, func(p *packages.Package) {
		if len(p.Errors) > 0 || p.Module != nil && p.Module.Error != nil {
			ok = false
			return
		}
		// The files the go command wrote in its build cache, for every
		// package, the standard library's too (cgo's output for net and
		// os/user): the cache may be trimmed or cleaned under a kept
		// graph.
		pkgDir := p.Dir
		if pkgDir == "" && len(p.GoFiles) > 0 {
			pkgDir = filepath.Dir(p.GoFiles[0])
		}
		for _, f := range slices.Concat(p.GoFiles, p.CompiledGoFiles) {
			if filepath.Dir(f) != pkgDir {
				built[f] = true
			}
		}
		if p.Module == nil {
			// In module mode, the standard library. A package of no
			// module in another mode (GOPATH, files named on the
			// command line) is not watched.
			if slices.Contains(roots, p) {
				ok = false
			}
			return
		}
		m := p.Module
		if m.Replace != nil {
			m = m.Replace
		}
		if m.Version != "" && inModuleCache(p) {
			return // it does not change
		}
		if m.Main && m.GoMod != "" && !slices.Contains(mainMods, m.GoMod) {
			mainMods = append(mainMods, m.GoMod)
		}
		if m.Dir != "" {
			modDirs[m.Dir] = true
		}
		dir := p.Dir
		if dir == "" && len(p.GoFiles) > 0 {
			dir = filepath.Dir(p.GoFiles[0])
		}
		if dir == "" {
			ok = false
			return
		}
		dirs[dir] = true
		// A go.mod created in the package's directory, or in one between
		// it and its module's root, makes it a module of its own.
		if m.Dir != "" {
			for d := dir; strings.HasPrefix(d, m.Dir) && len(d) > len(m.Dir); d = filepath.Dir(d) {
				nested[filepath.Join(d, "go.mod")] = true
			}
		}
	})
	if !ok {
		return graphInputs{}, false
	}
	files := nested
	start, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return graphInputs{}, false
	}
	// Where the go command looks for the main module and the workspace.
	for d := start; ; {
		for _, name := range []string{"go.mod", "go.work", "go.work.sum"} {
			files[filepath.Join(d, name)] = true
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	// The go command's own settings (go env -w), which the environment
	// overrides: a workspace named there is watched as one named in the
	// environment, and a -modfile in its flags names a file the key
	// would not watch: such a graph is not kept.
	settings := map[string]string{}
	if goenv, ok := goEnvFile(cfg.Env); ok {
		files[goenv] = true
		if data, err := os.ReadFile(goenv); err == nil {
			for line := range strings.Lines(string(data)) {
				if k, v, ok := strings.Cut(strings.TrimSpace(line), "="); ok {
					settings[k] = v
				}
			}
		}
	}
	for _, kv := range cfg.Env {
		if k, v, ok := strings.Cut(kv, "="); ok && (k == "GOWORK" || k == "GOFLAGS") {
			settings[k] = v
		}
	}
	if strings.Contains(settings["GOFLAGS"], "-modfile") {
		return graphInputs{}, false
	}
	var works []string
	if w := settings["GOWORK"]; w != "off" && w != "" {
		works = []string{w}
	}
	for d := start; ; {
		works = append(works, filepath.Join(d, "go.work"))
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	for _, w := range works {
		files[w] = true
		files[w+".sum"] = true
		data, err := readInput(w, cfg.Overlay)
		if err != nil {
			continue
		}
		wf, err := modfile.ParseWork(w, data, nil)
		if err != nil {
			return graphInputs{}, false
		}
		for _, u := range wf.Use {
			modDirs[localDir(filepath.Dir(w), u.Path)] = true
		}
		for _, r := range wf.Replace {
			if r.New.Version == "" {
				modDirs[localDir(filepath.Dir(w), r.New.Path)] = true
			}
		}
	}
	for _, gomod := range mainMods {
		data, err := readInput(gomod, cfg.Overlay)
		if err != nil {
			return graphInputs{}, false
		}
		mf, err := modfile.ParseLax(gomod, data, nil)
		if err != nil {
			return graphInputs{}, false
		}
		for _, r := range mf.Replace {
			if r.New.Version == "" {
				// Its go.mod takes part in the build list, whether or
				// not a package of it is in the graph.
				modDirs[localDir(filepath.Dir(gomod), r.New.Path)] = true
			}
		}
	}
	for d := range modDirs {
		for _, name := range []string{"go.mod", "go.sum", filepath.Join("vendor", "modules.txt")} {
			files[filepath.Join(d, name)] = true
		}
	}
	in := graphInputs{}
	for d := range dirs {
		in.dirs = append(in.dirs, d)
	}
	for f := range files {
		in.files = append(in.files, f)
	}
	for f := range built {
		in.built = append(in.built, f)
	}
	slices.Sort(in.dirs)
	slices.Sort(in.files)
	slices.Sort(in.built)
	return in, true
}

// inModuleCache reports whether the files of p, a package of a module
// with a version, lie in the module cache, which does not change; a
// vendored package's files are the user's to edit.
func inModuleCache(p *packages.Package) bool {
	for _, f := range p.GoFiles {
		if !locality.InModuleCache(filepath.ToSlash(f)) {
			return false
		}
	}
	return len(p.GoFiles) > 0
}

// goEnvFile returns the file of the go command's settings (GOENV), or
// false when there is none.
func goEnvFile(env []string) (string, bool) {
	name := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GOENV="); ok {
			name = v
		}
	}
	switch name {
	case "off":
		return "", false
	case "":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", false
		}
		return filepath.Join(dir, "go", "env"), true
	}
	return name, true
}

// localDir returns the directory that a go.mod or go.work in dir names
// by path.
func localDir(dir, path string) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	return filepath.Join(dir, path)
}

// key returns the key of the inputs as the overlay and the disk have
// them now, or false when a graph listed with them is not to be kept. A
// listing that started at listed (non-zero for a listing just made) is
// not kept if a file or directory read was written after it started,
// give or take the coarsest clock of a file system: the go command may
// have read it before the change (see racy).
func (in graphInputs) key(overlay map[string][]byte, listed time.Time) ([sha256.Size]byte, bool) {
	h := sha256.New()
	r := &inputReader{overlay: overlay, listed: listed, h: h}
	for _, f := range in.files {
		data, err := r.read(f)
		switch {
		case err == nil:
			_, _ = fmt.Fprintf(h, "file %s %x\n", f, sha256.Sum256(data)) // a hash does not fail
		case errors.Is(err, fs.ErrNotExist):
			_, _ = fmt.Fprintf(h, "file %s absent\n", f)
		default:
			return [sha256.Size]byte{}, false
		}
	}
	for _, d := range in.dirs {
		if !r.dir(d) {
			return [sha256.Size]byte{}, false
		}
	}
	for _, f := range in.built {
		if _, err := os.Stat(f); err != nil {
			return [sha256.Size]byte{}, false // the build cache was trimmed
		}
	}
	if r.racy {
		return [sha256.Size]byte{}, false
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum, true
}

// inputReader reads the inputs of a graph, from the overlay first.
type inputReader struct {
	overlay map[string][]byte
	listed  time.Time
	racy    bool // a file read was written after listed (see racy)
	h       hash.Hash
	fset    *token.FileSet
}

// racySlack is how long before a listing started a file written may
// not have been seen by it: the coarsest modification times of file
// systems (FAT's) count in 2 seconds.
const racySlack = 2 * time.Second

// read returns the content of the file at name.
func (r *inputReader) read(name string) ([]byte, error) {
	if data, ok := r.overlay[name]; ok {
		return data, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read only
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	r.noteTime(fi)
	data := make([]byte, fi.Size())
	n, err := f.ReadAt(data, 0)
	if n < len(data) && err != nil {
		return nil, err
	}
	return data[:n], nil
}

// noteTime records whether a file or directory was written after the
// listing started, give or take racySlack.
func (r *inputReader) noteTime(fi fs.FileInfo) {
	if !r.listed.IsZero() && !fi.ModTime().Before(r.listed.Add(-racySlack)) {
		r.racy = true
	}
}

// dir hashes what the go command reads of a package's directory: the
// names of the files it considers, and what each Go file says of the
// package (see header). It returns false when the graph is not to be
// kept (see Graphs).
func (r *inputReader) dir(dir string) bool {
	names := make(map[string]bool)
	entries, err := os.ReadDir(dir)
	if err == nil {
		if fi, err := os.Stat(dir); err == nil {
			r.noteTime(fi)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() {
			names[e.Name()] = true
		}
	}
	for name := range r.overlay {
		if filepath.Dir(name) == dir {
			names[filepath.Base(name)] = true
		}
	}
	sorted := make([]string, 0, len(names))
	for name := range names {
		if sourceFile(name) {
			sorted = append(sorted, name)
		}
	}
	slices.Sort(sorted)
	_, _ = fmt.Fprintf(r.h, "dir %s %d\n", dir, len(sorted))
	for _, name := range sorted {
		_, _ = fmt.Fprintf(r.h, "%s\n", strconv.Quote(name))
		path := filepath.Join(dir, name)
		data, err := r.read(path)
		if err != nil {
			return false
		}
		if !strings.HasSuffix(name, ".go") {
			// The go command reads the build constraints of
			// assembly, C and the like too: such a file counts whole.
			_, _ = fmt.Fprintf(r.h, "%x\n", sha256.Sum256(data))
			continue
		}
		head, ok := r.header(path, data, strings.HasSuffix(name, "_test.go"))
		if !ok {
			return false
		}
		_, _ = fmt.Fprintf(r.h, "%x\n", sha256.Sum256(head))
	}
	return true
}

// header returns what the go command reads of a Go file: its leading
// comments (build constraints), package clause and imports, and of a
// test file, for the test main it writes, the names and signatures of
// its test, benchmark and fuzz functions and its examples whole (their
// output comments); or false when the file's graph is not to be kept:
// it does not parse that far, or it imports "C" or "embed".
func (r *inputReader) header(name string, src []byte, test bool) ([]byte, bool) {
	if r.fset == nil {
		r.fset = token.NewFileSet()
	}
	mode := parser.ImportsOnly | parser.SkipObjectResolution
	if test {
		mode = parser.SkipObjectResolution
	}
	f, err := parser.ParseFile(r.fset, name, src, mode)
	if err != nil || f.Name == nil {
		return nil, false
	}
	for _, spec := range f.Imports {
		if spec.Path.Value == `"C"` || spec.Path.Value == `"embed"` {
			return nil, false
		}
	}
	tf := r.fset.File(f.Pos())
	end := f.Name.End()
	var tests []byte
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				end = max(end, d.End())
			}
		case *ast.FuncDecl:
			if d.Recv != nil || !testFunc(d.Name.Name) {
				continue
			}
			from, to := d.Name.Pos(), d.Type.End()
			if strings.HasPrefix(d.Name.Name, "Example") {
				from, to = d.Pos(), d.End()
			}
			tests = append(tests, src[tf.Offset(from):tf.Offset(to)]...)
			tests = append(tests, 0)
		}
	}
	return append(src[:tf.Offset(end):tf.Offset(end)], tests...), true
}

// testFunc reports whether a function of this name in a test file is
// one the go command's test main may run (or reject, for its
// signature).
func testFunc(name string) bool {
	for _, prefix := range []string{"Test", "Benchmark", "Fuzz", "Example"} {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

// sourceFile reports whether the go command reads a file of this name
// in a package's directory (go/build's list of extensions), less those
// it ignores (starting with "_" or ".": an editor's backups).
func sourceFile(name string) bool {
	if strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".") {
		return false
	}
	switch filepath.Ext(name) {
	case ".go", ".c", ".cc", ".cxx", ".cpp", ".m", ".h", ".hh", ".hpp", ".hxx",
		".f", ".F", ".for", ".f90", ".s", ".S", ".sx", ".swig", ".swigcxx", ".syso":
		return true
	}
	return false
}

// readInput returns the content of the file at name, from the overlay
// first.
func readInput(name string, overlay map[string][]byte) ([]byte, error) {
	if data, ok := overlay[name]; ok {
		return data, nil
	}
	return os.ReadFile(name)
}
