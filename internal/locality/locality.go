// Package locality decides which packages are the user's own code: the
// packages that fnlint models and analyzes from source, and from which
// facts flow to the functions that call them. The execution model and
// fnlint's driver both ask it, and so do go vet and golangci-lint
// through the model, so that every driver judges the same code.
//
// A package is the user's own code when its module is
//
//   - a main module or a workspace module: the go command gives it no
//     version; or
//   - a module replaced by a local directory (replace example.com/common
//     => ../common): a directory the user edits, though the module has a
//     version like any requirement.
//
// Every other module is a dependency, which fnlint knows from its
// knowledge tables or, for a module no table describes, from the
// summaries it derives from the module's code (see Summarized); the
// standard library has no module path.
//
// Drivers do not say where a module comes from: go list, go vet and
// golangci-lint all give a replaced module its required version, and an
// analysis pass has only the module's path and version. What every
// driver has is the names of the package's files, and those do say: the
// module cache keeps a module in a directory named
// <escaped module path>@<version> (see golang.org/x/mod/module.EscapePath),
// and a vendored module lies under <root>/vendor/<module path>/. A
// package with a version whose files are in neither is in a local
// directory. The files are known without asking the go command or the
// environment where the module cache is, which an analyzer may not do.
// A local directory named like a module cache copy (common@v1.0.0) is
// taken for one: fnlint's testdata keeps its stubs of modules the tables
// do not describe in such directories (testdata/stubs/modcache), to
// have dependencies that fnlint summarizes rather than judges.
//
// One exception: a module whose packages the knowledge tables describe
// (knowledge.DescribesModule: functions-framework-go, aws-lambda-go,
// cloudevents, the Cloud client libraries, the loggers, x/sync, gRPC,
// ...) is a dependency wherever its files are. fnlint knows such a module
// from its tables, not from its code: the tables say what its API means
// for the code that calls it (functions.HTTP registers an entry point,
// (*zap.Logger).Fatal ends the process), which its code does not tell
// fnlint's analyzers, or tells otherwise (a framework's own start-up
// code exits and starts goroutines, which are not the function's
// doing). Modelling a local copy of such a module (a fork, a patched
// copy, or the stubs with which fnlint's testdata modules replace these
// modules) would mix the two accounts, so the tables decide. A main or
// workspace module is the code the user asked to analyze, and stays
// local whatever its path.
package locality

import (
	"go/ast"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// Local reports whether a package of the module with this path and
// version, whose Go files have these names, is the user's own code.
// Files may list a file twice, under its own name and under the name
// that a //line directive gives it (the original of a cgo file); the
// package is a dependency if any name is in the module cache or a
// vendor directory.
func Local(path, version string, files []string) bool {
	switch {
	case path == "":
		return false // the standard library, or no module at all
	case version == "":
		// A main or workspace module. (go vet before Go 1.27 does
		// not set Module.Main, so the version is what tells.)
		return true
	case knowledge.DescribesModule(path):
		return false
	case len(files) == 0:
		return false // nothing says where it is
	}
	for _, f := range files {
		f = filepath.ToSlash(f)
		if inModuleCache(f) || vendored(f, path) {
			return false
		}
	}
	return true
}

// Summarized reports whether a package of the module with this path,
// which is not the user's own code, is a third-party dependency whose
// behaviour fnlint derives from its code (see funcmodel's
// Model.Summarized): a module that the knowledge tables do not
// describe. The standard library, which has no module path, is known
// from the tables, like the modules they describe.
func Summarized(path string) bool {
	return path != "" && !knowledge.DescribesModule(path)
}

// LocalPass reports whether pass analyzes a package of the user's own
// code (see Local).
func LocalPass(pass *analysis.Pass) bool {
	files := make([]string, 0, 2*len(pass.Files))
	for _, f := range pass.Files {
		files = append(files, fileNames(pass, f)...)
	}
	// go vet gives no module where there is none; go/analysis/checker
	// an empty one.
	if pass.Module == nil || pass.Module.Path == "" {
		return pass.Pkg != nil && LocalWithoutModule(pass.Pkg.Path(), files)
	}
	return Local(pass.Module.Path, pass.Module.Version, files)
}

// LocalWithoutModule reports whether a package that the driver gives no
// module, with this import path and these Go files, is the user's own
// code. Two kinds are:
//
//   - the package of Go files named on the command line (fnlint fn.go,
//     go vet fn.go: "command-line-arguments"), wherever they are but in
//     the standard library, the module cache or a vendor directory; go
//     vet gives it no module even in module mode;
//   - in GOPATH mode (GO111MODULE=off), where no package has a module, a
//     package in a GOPATH's src directory (<root>/src/<import path>),
//     outside a vendor directory, unless the knowledge tables describe
//     its import path (see Local).
//
// The standard library, which has no module in either mode, never is:
// its files lie in GOROOT/src, the directory whose go.mod declares
// module std (cmd's, below it, declares cmd), which tells a GOROOT from a
// GOPATH without asking the environment.
func LocalWithoutModule(pkgPath string, files []string) bool {
	if len(files) == 0 {
		return false
	}
	for _, f := range files {
		f = filepath.ToSlash(f)
		if inModuleCache(f) || strings.Contains(f, "/vendor/") {
			return false
		}
	}
	// Files may name cgo's copies too (see Local), which lie in the
	// build cache: the user's files decide.
	if pkgPath == "command-line-arguments" {
		for _, f := range files {
			if underGOROOT(path.Dir(filepath.ToSlash(f))) {
				return false
			}
		}
		return true
	}
	if knowledge.DescribesModule(pkgPath) {
		return false // the tables decide, as for a module (see Local)
	}
	inGOPATH := false
	for _, f := range files {
		root, ok := strings.CutSuffix(path.Dir(filepath.ToSlash(f)), "/src/"+pkgPath)
		if ok && inGOROOT(root+"/src") {
			return false
		}
		inGOPATH = inGOPATH || ok
	}
	return inGOPATH
}

// underGOROOT reports whether the slash-separated directory dir lies in
// a GOROOT's src directory.
func underGOROOT(dir string) bool {
	for {
		if inGOROOT(dir) {
			return true
		}
		parent := path.Dir(dir)
		if parent == dir || parent == "." {
			return false
		}
		dir = parent
	}
}

// inGOROOT reports whether the slash-separated directory dir is a
// GOROOT's src directory, or its cmd directory.
//
// The answer is kept for the life of the process: a driver asks it for
// each package of the standard library, and a GOROOT does not change
// while a linter runs.
func inGOROOT(dir string) bool {
	if v, ok := gorootDirs.Load(dir); ok {
		return v.(bool)
	}
	in := false
	if data, err := os.ReadFile(filepath.FromSlash(dir + "/go.mod")); err == nil {
		mod := modfile.ModulePath(data)
		in = mod == "std" || mod == "cmd"
	}
	gorootDirs.Store(dir, in)
	return in
}

// gorootDirs holds inGOROOT's answers.
var gorootDirs sync.Map // string -> bool

// fileNames returns the name of f and, when a //line directive renames
// its start, that name too.
func fileNames(pass *analysis.Pass, f *ast.File) []string {
	tf := pass.Fset.File(f.FileStart)
	if tf == nil {
		return nil
	}
	names := []string{tf.Name()}
	if adj := pass.Fset.Position(f.Package).Filename; adj != "" && adj != tf.Name() {
		names = append(names, adj)
	}
	return names
}

// inModuleCache reports whether the slash-separated file name lies in a
// module cache directory <escaped module path>@<version>: a directory
// named <element>@<canonical version> whose name, with the directories
// above it, ends in a valid escaped module path. It does not require the
// module's own path and version there: a module replaced by another
// module's version is kept under the replacement's.
func inModuleCache(file string) bool {
	return InModuleCache(file)
}

// InModuleCache reports whether the slash-separated file name lies in a
// module cache's copy of a module: under a directory named
// <escaped module path>@<version>.
func InModuleCache(file string) bool {
	if !strings.Contains(file, "@") {
		return false
	}
	dir := path.Dir(file)
	if v, ok := moduleCacheDirs.Load(dir); ok {
		return v.(bool)
	}
	in := inModuleCacheDir(dir)
	moduleCacheDirs.Store(dir, in)
	return in
}

// moduleCacheDirs holds InModuleCache's answers by directory: the
// answer depends on the name alone, and a driver asks it for every file
// of every dependency.
var moduleCacheDirs sync.Map // string -> bool

// inModuleCacheDir reports whether the slash-separated directory lies in
// a module cache's copy of a module (see InModuleCache).
func inModuleCacheDir(dir string) bool {
	dirs := strings.Split(dir, "/")
	for i, d := range dirs {
		last, version, ok := strings.Cut(d, "@")
		if !ok || last == "" || module.CanonicalVersion(version) != version {
			continue
		}
		for j := i; j >= 0; j-- {
			escaped := strings.Join(append(slices.Clone(dirs[j:i]), last), "/")
			if _, err := module.UnescapePath(escaped); err == nil {
				return true
			}
		}
	}
	return false
}

// vendored reports whether the slash-separated file name lies in a
// vendor directory's copy of the module with this path.
func vendored(file, path string) bool {
	return strings.Contains(file, "/vendor/"+path+"/")
}
