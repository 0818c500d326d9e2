package runner

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/locality"
)

// graphMode asks go list for the whole import graph, with each
// package's files and module; nothing is compiled, parsed or
// type-checked by go/packages.
const graphMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes

// local reports whether p is the user's own code (see locality): the
// packages whose execution model is not empty, and so the only ones whose
// analysis facts can differ from nothing. A module replaced by a local
// directory is one of them, and is loaded from source like a main
// module.
func local(p *packages.Package) bool {
	if p.Module == nil {
		return locality.LocalWithoutModule(p.PkgPath, p.GoFiles) // GOPATH mode, file arguments
	}
	return locality.Local(p.Module.Path, p.Module.Version, p.GoFiles)
}

// summarized reports whether p is a third-party dependency whose
// summaries the analyzers derive from its code (see locality.Summarized):
// it is loaded from source like the user's own code.
func summarized(p *packages.Package) bool {
	return p.Module != nil && locality.Summarized(p.Module.Path)
}

// listGraph asks the go command for the graph of the packages patterns
// name, with their files: nothing is parsed or compiled.
func listGraph(cfg packages.Config, patterns []string) ([]*packages.Package, error) {
	cfg.Mode = graphMode
	pkgs, err := packages.Load(&cfg, patterns...)
	return pkgs, goCommandError(err)
}

// goCommandError returns the error of a go command that go/packages ran
// and that failed as what the go command said ("go: ..."), without
// go/packages' wrapping ("err: exit status 1: stderr: go: ...").
func goCommandError(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "err: exit status ") {
		return err
	}
	_, stderr, ok := strings.Cut(msg, ": stderr: ")
	if stderr = strings.TrimSpace(stderr); !ok || stderr == "" {
		return err
	}
	return errors.New(stderr)
}

// load parses and type-checks the packages as the plan says (the run's
// first half: the driver, driver.go, does the rest), and returns the requested
// packages; following Imports from them reaches exactly the analyzed
// packages, so an analysis driver runs on those only.
//
// The go command gives the import graph, and nothing else: "go list
// -deps -export" would compile the analyzed packages themselves, which
// an analysis never needs, after every edit of the module and even
// where the compiler gives up on code that type-checks, and it would
// judge a dependency otherwise (the compiler refuses one whose own
// dependency does not build, and checks function bodies).
//
// depErrors lists the errors of the dependencies that are not analyzed
// (a module missing from the module cache, a package that does not
// type-check), each once, naming the package: the analyzed packages
// only see that an import failed, or are ill-typed.
func (pl *plan) load(cfg packages.Config, srcs *Sources) (_ []*packages.Package, depErrors []string) {
	if cfg.Fset == nil {
		cfg.Fset = token.NewFileSet()
	}
	depErrors = pl.listErrors()
	ld := &loader{
		plan:     pl,
		fset:     cfg.Fset,
		srcs:     srcs,
		overlay:  cfg.Overlay,
		exported: make(map[string]*types.Package),
		typeErr:  make(map[*packages.Package]string),
		done:     make(map[*packages.Package]chan struct{}, len(pl.checked)),
		imports:  make(map[*packages.Package]map[string]*packages.Package, len(pl.checked)),
		parsed:   make(map[parseKey]*parsedFile),
	}
	for _, p := range pl.checked {
		ld.done[p] = make(chan struct{})
		ld.imports[p] = p.Imports
	}
	for _, p := range pl.checked {
		if !inGraph(pl.how[p]) {
			continue
		}
		// The analysis graph: analyzed and seeded packages only.
		pruned := make(map[string]*packages.Package)
		for path, imp := range p.Imports {
			if inGraph(pl.how[imp]) {
				pruned[path] = imp
			}
		}
		p.Imports = pruned
	}
	ld.below = make(map[*packages.Package][]*packages.Package)
	for _, p := range pl.checked {
		for _, imp := range ld.imports[p] {
			if _, ok := ld.done[imp]; !ok && imp.PkgPath != "unsafe" {
				ld.sourceBelow(imp)
			}
		}
	}

	cpu := make(chan struct{}, runtime.GOMAXPROCS(0))
	var parsed sync.WaitGroup
	for _, p := range pl.checked {
		parsed.Go(func() {
			cpu <- struct{}{}
			ld.parse(p)
			<-cpu
		})
	}
	parsed.Wait()
	ld.parsed = nil // the packages hold the syntax; drop the bytes read
	// Type-check in parallel; a package waits for the packages it
	// imports that are checked here, and for those that the
	// dependencies it reads from the cache import (see fromExportData),
	// before it takes a CPU.
	var wg sync.WaitGroup
	for _, p := range pl.checked {
		wg.Go(func() {
			defer close(ld.done[p])
			for _, imp := range ld.imports[p] {
				if done, ok := ld.done[imp]; ok {
					<-done
				}
				for _, src := range ld.below[imp] {
					<-ld.done[src]
				}
			}
			cpu <- struct{}{}
			ld.check(p)
			// Kept only if it and everything below it type-checked
			// (IllTyped says both): an entry never hides an error.
			if pl.keep[p] && !p.IllTyped {
				pl.storeTypes(p)
			}
			<-cpu
		})
	}
	wg.Wait()
	for _, p := range pl.checked {
		if msg := ld.typeErr[p]; msg != "" {
			depErrors = append(depErrors, fmt.Sprintf("dependency %s: %s", p.ID, msg))
		}
	}
	return pl.roots, depErrors
}

// absent reports whether p is not there to check: a package of a module
// not downloaded, which the go command lists with an error and no
// directory. It is never type-checked: go/packages gives such a package,
// as its files, the file named by its error's position, which is the
// importing package's (golang/go#39986), and a check of that file as the
// missing package gave the importer a package of its own name for the
// import ("golang.org/x/sys/unix" imported as channelz and not used).
func absent(p *packages.Package) bool {
	return len(p.Errors) > 0 && (p.Dir == "" || len(p.CompiledGoFiles) == 0)
}

// byID orders packages by ID.
func byID(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) }

// ErrorText returns e as a message naming its position, as
// packages.Error's Error does, but without the "-" that stands for no
// position there: the go command's own words, then.
func ErrorText(e packages.Error) string {
	if e.Pos == "" || e.Pos == "-" {
		return e.Msg
	}
	return e.Pos + ": " + e.Msg
}

type loader struct {
	plan *plan
	fset *token.FileSet
	srcs *Sources // records what parse reads
	// overlay replaces the content of files on disk, as in
	// packages.Config; go list sees it too.
	overlay map[string][]byte
	// done is closed when a source package is type-checked.
	done map[*packages.Package]chan struct{}
	// imports holds each source package's imports before pruning.
	imports map[*packages.Package]map[string]*packages.Package

	// typeErr holds the first error of each dependency type-checked for
	// its types alone that does not type-check. Dependencies are checked
	// in parallel: typeErrMu guards it.
	typeErrMu sync.Mutex
	typeErr   map[*packages.Package]string

	// below holds, for each dependency read from the cache's export
	// data, the packages checked here that it imports directly or
	// through other such dependencies (see fromExportData).
	below map[*packages.Package][]*packages.Package

	// parsed holds every file parsed, by name and parser mode (see
	// parseOnce); files are parsed in parallel: parsedMu guards it.
	parsedMu sync.Mutex
	parsed   map[parseKey]*parsedFile

	mu sync.Mutex // guards exported, which gcexportdata extends as it reads
	// exported holds the packages read from export data, by path. Only
	// dependencies outside the user's own code are read from export data,
	// and they have no test variants, so a path names one package.
	exported map[string]*types.Package
}

// parse parses p's compiled Go files, or, for a package of the user's
// own code that imports "C", its Go files as written (see originals).
func (ld *loader) parse(p *packages.Package) {
	mode := parser.AllErrors | parser.ParseComments | parser.SkipObjectResolution
	if h := ld.plan.how[p]; h == typesOnly || h == seeded {
		mode = parser.SkipObjectResolution // for its types alone
	}
	files := p.CompiledGoFiles
	if local(p) && cgoProcessed(p) {
		files = p.GoFiles
	}
	p.Syntax = make([]*ast.File, 0, len(files))
	for _, name := range files {
		pf := ld.parseOnce(name, mode)
		if pf.readErr != nil {
			p.Errors = append(p.Errors, packages.Error{Pos: name + ":1", Msg: pf.readErr.Error(), Kind: packages.ParseError})
			continue
		}
		if ld.plan.how[p] != typesOnly {
			ld.srcs.add(name, pf.src)
		}
		f, err := pf.f, pf.err
		var list scanner.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		} else if err != nil {
			p.Errors = append(p.Errors, packages.Error{Pos: name + ":1", Msg: err.Error(), Kind: packages.ParseError})
		}
		// A file the parser gave up on before its package clause (a
		// file of CR line endings only, nesting past the parser's limit)
		// comes back empty: its error says what is wrong, and the type
		// checker would only add "package ; expected package".
		if f != nil && f.Name != nil && f.Name.Name != "" {
			p.Syntax = append(p.Syntax, f)
		}
	}
}

// parsedFile is one file read and parsed in one mode, shared by every
// package that lists it (see parseOnce).
type parsedFile struct {
	once    sync.Once
	src     []byte
	readErr error
	f       *ast.File
	err     error
}

// parseOnce reads and parses name in mode once for the whole load. A
// package and its test variants ("p" and "p [p.test]", and the copies
// of p recompiled for other packages' tests) list the same files: they
// share the *ast.File values. The type checker does not modify the
// syntax it checks, each package's types.Info is its own, and the
// positions are those of the one FileSet, so the findings are the same;
// the files are parsed and held once instead of up to once per variant.
func (ld *loader) parseOnce(name string, mode parser.Mode) *parsedFile {
	key := parseKey{name, mode}
	ld.parsedMu.Lock()
	pf, ok := ld.parsed[key]
	if !ok {
		pf = new(parsedFile)
		ld.parsed[key] = pf
	}
	ld.parsedMu.Unlock()
	pf.once.Do(func() {
		src, ok := ld.overlay[name]
		if !ok {
			src, pf.readErr = os.ReadFile(name)
			if pf.readErr != nil {
				return
			}
		}
		pf.src = src
		pf.f, pf.err = parser.ParseFile(ld.fset, name, src, mode)
	})
	return pf
}

// parseKey names a file parsed in one mode.
type parseKey struct {
	name string
	mode parser.Mode
}

// cgoProcessed reports whether some of p's compiled files are not
// among its Go files: those that cgo wrote, in the build cache, for the
// files that import "C".
//
// The analysis of the user's code reads the files as written instead,
// type-checked with go/types' FakeImportC (see check). cgo's copy of a
// file starts with "Code generated by cmd/cgo; DO NOT EDIT.", so a check
// reports nothing in it (see internal/suppress); and though its //line
// directives name the user's file, its offsets are those of the copy,
// which a suggested fix cannot edit. The price is that an expression of
// package C has no type: fnlint judges nothing that C code does, and
// go/types reports no error where such an expression is used. A
// dependency keeps cgo's files: its types are written to fnlint's cache,
// and its summaries are all that its analysis gives.
func cgoProcessed(p *packages.Package) bool {
	for _, name := range p.CompiledGoFiles {
		if !slices.Contains(p.GoFiles, name) {
			return true
		}
	}
	return false
}

// importsC reports whether one of files imports "C".
func importsC(files []*ast.File) bool {
	for _, f := range files {
		for _, spec := range f.Imports {
			if spec.Path.Value == `"C"` {
				return true
			}
		}
	}
	return false
}

// check type-checks p, whose source imports are type-checked.
func (ld *loader) check(p *packages.Package) {
	p.Fset = ld.fset
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	if h := ld.plan.how[p]; h == typesOnly || h == seeded {
		ld.checkTypes(p)
		return
	}
	p.TypesInfo = NewInfo()
	illTyped := false
	tc := ld.config(p, &illTyped)
	tc.Error = RecordError(p)
	// The files as written of a package that imports "C" (see
	// cgoProcessed).
	tc.FakeImportC = importsC(p.Syntax)
	err := types.NewChecker(tc, ld.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	if err != nil && len(p.Errors) == 0 {
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.TypeError})
	}
	p.IllTyped = illTyped || len(p.Errors) > 0
}

// NewInfo returns the type information go/packages records for a
// package it type-checks from source.
func NewInfo() *types.Info {
	return &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
}

// RecordError returns a type checker's error handler that records each
// error in p as go/packages does.
func RecordError(p *packages.Package) func(error) {
	return func(err error) {
		var e types.Error
		if errors.As(err, &e) {
			p.TypeErrors = append(p.TypeErrors, e)
			p.Errors = append(p.Errors, packages.Error{Pos: e.Fset.Position(e.Pos).String(), Msg: e.Msg, Kind: packages.TypeError})
			return
		}
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
	}
}

// checkTypes type-checks p, a dependency needed for its types alone,
// without its function bodies; its syntax is dropped afterwards. It is
// ill-typed, as go/packages has it, when it or a package below it has
// an error (kept in p.Errors; its first type error in typeErr).
func (ld *loader) checkTypes(p *packages.Package) {
	illTyped := false
	tc := ld.config(p, &illTyped)
	tc.IgnoreFuncBodies = true
	first := ""
	tc.Error = func(err error) {
		if first != "" {
			return
		}
		e := packages.Error{Msg: err.Error(), Kind: packages.TypeError}
		var te types.Error
		if errors.As(err, &te) {
			e = packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError}
		}
		p.Errors = append(p.Errors, e)
		first = ErrorText(e)
	}
	_ = types.NewChecker(tc, ld.fset, p.Types, nil).Files(p.Syntax) // errors: see Error
	if first != "" {
		ld.typeErrMu.Lock()
		ld.typeErr[p] = first
		ld.typeErrMu.Unlock()
	}
	p.IllTyped = illTyped || len(p.Errors) > 0
	p.Syntax = nil
}

// config returns the type checker's configuration for p: its sizes and
// Go version, and an importer that gives the packages it imports,
// checked from source or read from export data. When illTyped is not
// nil, it records whether a package checked from source was ill-typed.
func (ld *loader) config(p *packages.Package, illTyped *bool) *types.Config {
	imports := ld.imports[p]
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := imports[path]
			if imp == nil {
				return nil, fmt.Errorf("no package for import %s", path)
			}
			if _, ok := ld.done[imp]; ok {
				if illTyped != nil {
					*illTyped = *illTyped || imp.IllTyped
				}
				return imp.Types, nil
			}
			return ld.fromExportData(imp)
		}),
		Sizes: p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	return tc
}

// sourceBelow computes below[p] for a dependency read from export data,
// and for the dependencies it imports.
func (ld *loader) sourceBelow(p *packages.Package) []*packages.Package {
	if below, ok := ld.below[p]; ok {
		return below
	}
	ld.below[p] = nil // an import cycle is an error of its own
	var below []*packages.Package
	for _, imp := range p.Imports {
		if _, ok := ld.done[imp]; ok {
			below = append(below, imp)
		} else {
			below = append(below, ld.sourceBelow(imp)...)
		}
	}
	slices.SortFunc(below, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	below = slices.Compact(below)
	ld.below[p] = below
	return below
}

// fromExportData returns the types of a dependency, read from its export
// data on first use.
//
// A dependency may import the user's own code: a module replaced by a
// local directory that a third-party module requires too. Its export
// data must then refer to the packages type-checked from source, not to
// copies of their own that are different types, so those are
// type-checked first and handed to the reader.
func (ld *loader) fromExportData(p *packages.Package) (*types.Package, error) {
	for _, src := range ld.below[p] {
		<-ld.done[src] // already closed: check waited for it
	}
	ld.mu.Lock()
	defer ld.mu.Unlock()
	if t := ld.exported[p.PkgPath]; t != nil && t.Complete() {
		return t, nil
	}
	// Export data is deep: it may name objects of any package below,
	// through source packages too (a type of a source package that
	// embeds one of the source package it imports), so every source
	// package reachable must be in the map before it is read, or the
	// reader makes a second package of the same path.
	var insert func(src *packages.Package)
	insert = func(src *packages.Package) {
		if _, ok := ld.exported[src.PkgPath]; ok {
			return
		}
		ld.exported[src.PkgPath] = src.Types
		for _, imp := range ld.imports[src] {
			if _, ok := ld.done[imp]; ok {
				insert(imp)
			}
		}
	}
	for _, src := range ld.below[p] {
		insert(src)
	}
	if ld.plan.how[p] == absentPkg {
		// The go command's words are the dependency's error.
		return nil, fmt.Errorf("%s is missing", p.ID)
	}
	if e := ld.plan.entries[p]; e != nil {
		t, err := readExport(e, ld.fset, ld.exported, p.PkgPath)
		if err != nil {
			return nil, fmt.Errorf("reading the export data of %s from fnlint's cache: %w", p.ID, err)
		}
		return t, nil
	}
	return nil, fmt.Errorf("internal error: no types for %s", p.ID)
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
