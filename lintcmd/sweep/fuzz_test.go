package sweep

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"go/version"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/lintcmd/runner"
)

// FuzzAnalyze feeds Go source through the type checker and every
// analyzer of analyzers.All: no input may make them panic or fail. The
// seeds are the function packages of the analyzer testdata and the
// shapes of seeds_test.go; run it for real with
//
//	go test ./lintcmd/sweep -run=^$ -fuzz=FuzzAnalyze -fuzztime=5m
//
// and commit any crasher it writes under testdata/fuzz as a regression
// case, with its fix.
//
// Each input is one file of a package of a fake main module,
// example.com/fuzz, parsed and type-checked in process against the
// fixture's packages; nothing per input starts a process. An input that
// does not type-check is analyzed as the editor would: by the analyzers
// that run despite errors.
func FuzzAnalyze(f *testing.F) {
	seeds := fuzzSeeds(f)
	for _, src := range seeds {
		f.Add(src)
	}
	fx := newFixture(f, seeds)
	f.Fuzz(func(t *testing.T, src []byte) {
		analyze(t, fx, t.TempDir(), src)
	})
}

// fuzzSeeds returns the seed corpus: every file of the analyzer testdata
// packages, then the shapes of seeds_test.go.
func fuzzSeeds(tb testing.TB) [][]byte {
	paths, err := filepath.Glob("../../analyzers/*/testdata/*/*.go")
	if err != nil {
		tb.Fatal(err)
	}
	slices.Sort(paths)
	var seeds [][]byte
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, src)
	}
	for _, s := range extraSeeds {
		seeds = append(seeds, []byte(s))
	}
	for _, s := range crlfSeeds {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// fuzzModule is the module path of the fuzzed package, a main module's
// root package: the execution model treats it as local code, and its
// exported functions as 1st-gen candidates.
const fuzzModule = "example.com/fuzz"

// fuzzGoVersion is the go directive of the fake module: the newest
// runtime the platform offers that the running toolchain can build (the
// table may name runtimes newer than the toolchain).
var fuzzGoVersion = func() string {
	current := version.Lang(runtime.Version())
	for _, rt := range knowledge.Runtimes {
		v := fmt.Sprintf("1.%d", rt.Minor)
		if current == "" || version.Compare("go"+v, current) <= 0 {
			return v
		}
	}
	return "1.21"
}()

// A fixture is what every fuzzed file is type-checked against: the
// types of a fixed set of packages, read once per process from export
// data.
type fixture struct {
	pkgs  map[string]*types.Package // by import path
	files []*token.File             // of the export data, added to every input's FileSet
	sizes types.Sizes
}

// newFixture lists the packages that seeds import from the standard
// library, from the stubs under testdata/stubs and from the analyzer
// testdata modules (all at their real import paths, through a module
// that requires and replaces those modules), and every package of the
// stubs, and reads their export data. It asks the go command once.
//
// The testdata packages are dependencies here, not local code: the
// model of a fuzzed file sees no facts of theirs, as of any dependency.
func newFixture(tb testing.TB, seeds [][]byte) *fixture {
	root, err := filepath.Abs("../..")
	if err != nil {
		tb.Fatal(err)
	}
	// Every stub module, including those laid out as module-cache copies
	// (testdata/stubs/modcache/...), which locality keeps dependencies.
	var stubMods []string
	err = filepath.WalkDir(filepath.Join(root, "testdata/stubs"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == "go.mod" {
			stubMods = append(stubMods, path)
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	testMods, err := filepath.Glob(filepath.Join(root, "analyzers/*/testdata/go.mod"))
	if err != nil {
		tb.Fatal(err)
	}
	directives, mods, err := requireAll(append(slices.Clip(stubMods), testMods...)) // Clip: requireAll may reorder its argument
	if err != nil {
		tb.Fatal(err)
	}
	want := make(map[string]bool)
	for _, gomod := range stubMods {
		if err := addPackages(want, mods, filepath.Dir(gomod)); err != nil {
			tb.Fatal(err)
		}
	}
	for _, src := range seeds {
		f, _ := parser.ParseFile(token.NewFileSet(), "", src, parser.ImportsOnly)
		if f == nil {
			continue
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil || path == "C" || path == "unsafe" {
				continue
			}
			if !strings.Contains(strings.Split(path, "/")[0], ".") || moduleOf(mods, path) != "" {
				want[path] = true
			}
		}
	}
	dir := tb.TempDir()
	gomod := "module " + fuzzModule + "\n\ngo " + fuzzGoVersion + "\n\n" + directives
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		tb.Fatal(err)
	}
	paths := make([]string, 0, len(want))
	for p := range want {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	listed, err := packages.Load(&packages.Config{
		Mode: packages.NeedName | packages.NeedExportFile,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}, paths...)
	if err != nil {
		tb.Fatal(err)
	}
	fset := token.NewFileSet()
	fx := &fixture{
		pkgs:  map[string]*types.Package{"unsafe": types.Unsafe},
		sizes: types.SizesFor("gc", runtime.GOARCH),
	}
	slices.SortFunc(listed, func(a, b *packages.Package) int { return strings.Compare(a.PkgPath, b.PkgPath) })
	for _, p := range listed {
		if len(p.Errors) > 0 || p.ExportFile == "" {
			tb.Fatalf("no export data for %s: %v", p.PkgPath, p.Errors)
		}
		if err := fx.read(fset, p.PkgPath, p.ExportFile); err != nil {
			tb.Fatal(err)
		}
	}
	// Only the listed packages are importable; the others in pkgs are
	// the incomplete dependencies that export data mentions.
	importable := map[string]*types.Package{"unsafe": types.Unsafe}
	for _, p := range listed {
		importable[p.PkgPath] = fx.pkgs[p.PkgPath]
	}
	fx.pkgs = importable
	fset.Iterate(func(f *token.File) bool {
		fx.files = append(fx.files, f)
		return true
	})
	return fx
}

// read reads the export data of the package at path into fx.pkgs.
func (fx *fixture) read(fset *token.FileSet, path, file string) error {
	if p := fx.pkgs[path]; p != nil && p.Complete() {
		return nil
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close() //nolint:errcheck // read only
	// go list -export gives compiler archives, which only NewReader
	// unwraps (see lintcmd/runner).
	r, err := gcexportdata.NewReader(f) //nolint:staticcheck // see above
	if err != nil {
		return fmt.Errorf("reading export data of %s: %w", path, err)
	}
	if _, err := gcexportdata.Read(r, fset, fx.pkgs, path); err != nil {
		return fmt.Errorf("reading export data of %s: %w", path, err)
	}
	return nil
}

// requireAll returns the require and replace directives that resolve
// the module of each of gomods at its own path, and the directories of
// those modules by path.
func requireAll(gomods []string) (directives string, mods map[string]string, err error) {
	slices.Sort(gomods)
	mods = make(map[string]string)
	var req, repl strings.Builder
	for _, gomod := range gomods {
		data, err := os.ReadFile(gomod)
		if err != nil {
			return "", nil, err
		}
		first, _, _ := bytes.Cut(data, []byte("\n"))
		path, ok := strings.CutPrefix(strings.TrimSpace(string(first)), "module ")
		if !ok {
			return "", nil, fmt.Errorf("%s: no module directive on its first line", gomod)
		}
		version := "v0.0.0"
		if i := strings.LastIndex(path, "/v"); i >= 0 {
			if n, err := strconv.Atoi(path[i+2:]); err == nil && n >= 2 {
				version = fmt.Sprintf("v%d.0.0", n)
			}
		}
		mods[path] = filepath.Dir(gomod)
		fmt.Fprintf(&req, "\t%s %s\n", path, version)
		fmt.Fprintf(&repl, "\t%s => %s\n", path, filepath.Dir(gomod))
	}
	return "require (\n" + req.String() + ")\n\nreplace (\n" + repl.String() + ")\n", mods, nil
}

// moduleOf returns the path of the module of mods that holds the
// package at path, or "".
func moduleOf(mods map[string]string, path string) string {
	best := ""
	for m := range mods {
		if (path == m || strings.HasPrefix(path, m+"/")) && len(m) > len(best) {
			best = m
		}
	}
	return best
}

// addPackages adds to pkgs the import path of every package of the
// module in dir, internal ones excepted.
func addPackages(pkgs map[string]bool, mods map[string]string, dir string) error {
	var mod string
	for m, d := range mods {
		if d == dir {
			mod = m
		}
	}
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".go" || strings.HasSuffix(p, "_test.go") {
			return err
		}
		rel, err := filepath.Rel(dir, filepath.Dir(p))
		if err != nil {
			return err
		}
		pkg := mod
		if rel != "." {
			pkg += "/" + filepath.ToSlash(rel)
		}
		if !slices.Contains(strings.Split(pkg, "/"), "internal") {
			pkgs[pkg] = true
		}
		return nil
	})
}

// Import implements types.Importer over the fixture's packages.
func (fx *fixture) Import(path string) (*types.Package, error) {
	if p := fx.pkgs[path]; p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("package %s is not in the fuzz fixture", path)
}

// load writes src to dir, parses it as the one file of package
// example.com/fuzz and type-checks it. The file is on disk as in a real
// run, so that Pass.ReadFile gives the analyzers its text and the code
// that lays out fixes and reads layout runs; keeping the errors as go/packages would and, as it
// does, the partial syntax of a file that does not parse (a file whose
// package clause does not parse has an empty package name and no
// declarations). The package imports none of the packages that
// checker.Analyze would analyze: as in fnlint's driver (lintcmd/runner),
// dependencies outside the main module are only types, and the
// analyzers see facts of this package alone.
func (fx *fixture) load(dir string, src []byte) (*packages.Package, error) {
	fset := token.NewFileSet()
	fset.AddExistingFiles(fx.files...)
	name := filepath.Join(dir, "fn.go")
	if err := os.WriteFile(name, src, 0o644); err != nil {
		return nil, err
	}
	f, err := parser.ParseFile(fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
	if f == nil || f.Name == nil {
		return nil, nil // only when src cannot be read, which a []byte always can
	}
	p := &packages.Package{
		ID:              fuzzModule,
		Name:            f.Name.Name,
		PkgPath:         fuzzModule,
		GoFiles:         []string{name},
		CompiledGoFiles: []string{name},
		Imports:         map[string]*packages.Package{},
		Fset:            fset,
		Syntax:          []*ast.File{f},
		TypesSizes:      fx.sizes,
		Module:          &packages.Module{Path: fuzzModule, Main: true, GoVersion: fuzzGoVersion},
	}
	var list scanner.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
	} else if err != nil {
		p.Errors = append(p.Errors, packages.Error{Pos: name + ":1", Msg: err.Error(), Kind: packages.ParseError})
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	p.TypesInfo = runner.NewInfo()
	tc := &types.Config{
		Importer:  fx,
		GoVersion: "go" + fuzzGoVersion,
		Sizes:     fx.sizes,
		Error:     runner.RecordError(p),
	}
	_ = types.NewChecker(tc, fset, p.Types, p.TypesInfo).Files(p.Syntax) // errors are in p.Errors
	p.IllTyped = len(p.Errors) > 0
	return p, nil
}

// analyze writes src to dir, type-checks it and runs every analyzer
// over it, in this goroutine so that a panic is this input's failure,
// not the process's. Analyses skipped because the package has errors are
// expected; any other analysis error is a failure, and so is a suggested
// fix of a file that parses whose edits leave the file, overlap, or
// leave a file that does not parse.
func analyze(t *testing.T, fx *fixture, dir string, src []byte) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	pkg, err := fx.load(dir, src)
	if err != nil {
		t.Fatal(err)
	}
	if pkg == nil {
		return
	}
	graph, err := checker.Analyze(analyzers.All(), []*packages.Package{pkg}, &checker.Options{Sequential: true})
	if err != nil {
		t.Fatalf("checker.Analyze: %v", err)
	}
	for act := range graph.All() {
		if act.Err == nil {
			continue
		}
		msg := act.Err.Error()
		if pkg.IllTyped && (msg == "analysis skipped due to errors in package" || strings.HasPrefix(msg, "failed prerequisites")) {
			continue
		}
		t.Errorf("%s: %v", act, act.Err)
	}
	parsed := !slices.ContainsFunc(pkg.Errors, func(e packages.Error) bool { return e.Kind == packages.ParseError })
	for act := range graph.All() {
		if !act.IsRoot || !parsed {
			continue
		}
		for _, d := range act.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				if err := checkFix(pkg, src, fix); err != nil {
					t.Errorf("%s: %s: fix %q: %v", act.Analyzer.Name, pkg.Fset.Position(d.Pos), fix.Message, err)
				}
			}
		}
	}
}

// checkFix applies the edits of fix to src, the one file of pkg, and
// reports whether they lie in the file, do not overlap and leave a file
// that parses.
func checkFix(pkg *packages.Package, src []byte, fix analysis.SuggestedFix) error {
	tf := pkg.Fset.File(pkg.Syntax[0].FileStart)
	edits := slices.Clone(fix.TextEdits)
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.End, b.End)) })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		if pkg.Fset.File(e.Pos) != tf || pkg.Fset.File(end) != tf || end < e.Pos {
			return fmt.Errorf("an edit outside the file")
		}
		i, j := tf.Offset(e.Pos), tf.Offset(end)
		if i < last {
			return fmt.Errorf("overlapping edits at offset %d", i)
		}
		out.Write(src[last:i])
		out.Write(e.NewText)
		last = j
	}
	out.Write(src[last:])
	if _, err := parser.ParseFile(token.NewFileSet(), "fn.go", out.Bytes(), parser.ParseComments); err != nil {
		return fmt.Errorf("the fixed file does not parse: %w\n%s", err, out.Bytes())
	}
	return nil
}
