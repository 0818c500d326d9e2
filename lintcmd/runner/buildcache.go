package runner

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"os/exec"
	"slices"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/cache"
)

// The Go build cache's side of the plan: a dependency that the run
// would type-check from source for its types alone, and that the go
// command has compiled before (go build, go vet, go test in the same
// GOCACHE), is read from the compiler's export data instead, as go vet
// reads it. Only the dependencies that the analyzed packages import are
// asked for: the compiler's export data is deep, like the entries of
// fnlint's cache, so nothing below them is needed. The summarized
// dependencies, whose bodies the analysis needs, and the user's own code
// are analyzed from source as before.
//
// Nothing is compiled: "go list -export -n" reports the export file of
// each package whose compiled form is in the build cache and only
// prints the commands that would build the others. With an empty build
// cache (a fresh CI runner, a new Go version) that listing alone costs
// seconds (it plans every compile of the graph below), so the plan
// first asks for one dependency, the one with the fewest packages below
// it, and asks for the others only if the build cache has that one and
// its export data reads (a go command newer than fnlint's export data
// reader writes a format it cannot read).
//
// A package in the build cache compiled, so its declarations
// type-check, and the plan's check of them from source would report
// nothing either; a package that does not compile is not in the build
// cache and is checked from source, which reports its error as before.
// The export data read is kept in fnlint's cache (when the run has
// one), as the types checked from source would have been, so a later
// run asks the go command nothing more.

// A buildCache finds the compiler's export data of dependencies in the
// Go build cache; nil means the plan does not look there.
type buildCache struct {
	ctx context.Context
	dir string
	env []string
	// flags are the build flags of the listing of the graph: the
	// export data must be that of the same build configuration.
	flags []string
	// read counts the packages found (for tests).
	read int
}

// newBuildCache returns the build cache of the go command that cfg
// runs, or nil when it cannot be used: with an overlay, which the
// compiled files do not reflect.
func newBuildCache(cfg packages.Config) *buildCache {
	if len(cfg.Overlay) > 0 {
		return nil
	}
	ctx := cfg.Context
	if ctx == nil {
		ctx = context.Background()
	}
	return &buildCache{ctx: ctx, dir: cfg.Dir, env: cfg.Env, flags: cfg.BuildFlags}
}

// exports returns the entries, with the compiler's export data, of those
// of deps that the build cache holds; deps are the dependencies the plan
// would type-check for their types alone and that the analyzed packages
// import.
func (bc *buildCache) exports(deps []*packages.Package) map[*packages.Package]*cache.Entry {
	if bc == nil || len(deps) == 0 {
		return nil
	}
	// The probe: the dependency with the fewest packages below it,
	// whose listing costs least when the build cache is empty.
	probe := slices.MinFunc(deps, func(a, b *packages.Package) int { return below(a) - below(b) })
	found := bc.list([]*packages.Package{probe})
	if found[probe] == nil || !readsExport(found[probe], probe) {
		return nil
	}
	if len(deps) > 1 {
		found = bc.list(deps)
	}
	bc.read += len(found)
	return found
}

// readsExport reports whether the export data of e, p's, reads: a go
// command newer than the export data reader that fnlint was built with
// writes a format it cannot read, and the run then type-checks from
// source instead of failing to read.
func readsExport(e *cache.Entry, p *packages.Package) bool {
	_, err := readExport(e, token.NewFileSet(), make(map[string]*types.Package), p.PkgPath)
	return err == nil
}

// below returns the number of packages p imports, directly or not.
func below(p *packages.Package) int {
	seen := make(map[*packages.Package]bool)
	var visit func(*packages.Package)
	visit = func(p *packages.Package) {
		for _, imp := range p.Imports {
			if !seen[imp] {
				seen[imp] = true
				visit(imp)
			}
		}
	}
	visit(p)
	return len(seen)
}

// list asks the go command for the export files of pkgs that the build
// cache holds, compiling nothing, and reads them. A failure of the go
// command, or a file that does not read, only leaves the package to be
// type-checked from source.
func (bc *buildCache) list(pkgs []*packages.Package) map[*packages.Package]*cache.Entry {
	byPath := make(map[string]*packages.Package, len(pkgs))
	args := append([]string{"list", "-e", "-n", "-export", "-json=ImportPath,Export"}, bc.flags...)
	args = append(args, "--")
	for _, p := range pkgs {
		byPath[p.PkgPath] = p
		args = append(args, p.PkgPath)
	}
	cmd := exec.CommandContext(bc.ctx, "go", args...)
	cmd.Dir, cmd.Env = bc.dir, bc.env
	var stdout bytes.Buffer
	cmd.Stdout = &stdout // stderr: the commands that -n prints and does not run
	if err := cmd.Run(); err != nil {
		return nil
	}
	found := make(map[*packages.Package]*cache.Entry)
	dec := json.NewDecoder(&stdout)
	for {
		var lp struct{ ImportPath, Export string }
		if err := dec.Decode(&lp); err != nil {
			break // io.EOF, or output cut short: what was read stands
		}
		p := byPath[lp.ImportPath]
		if p == nil || lp.Export == "" {
			continue
		}
		if data, err := readExportFile(lp.Export); err == nil {
			found[p] = &cache.Entry{Export: data}
		}
	}
	return found
}

// readExportFile returns the export data in the compiler's output file
// name, as gcexportdata.Read reads it.
func readExportFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close() //nolint:errcheck // read only
	// The go command's export files are compiler archives (!<arch>),
	// which only NewReader unwraps (its deprecation is for Go 1.29).
	r, err := gcexportdata.NewReader(bufio.NewReader(f)) //nolint:staticcheck // see above

	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(r)
	if err == nil && len(data) == 0 {
		err = errors.New("no export data")
	}
	return data, err
}

// buildCandidates returns the dependencies that the analyzed packages
// import and that the plan would type-check for their types alone: not
// in fnlint's cache, not summarized, not a test variant, listed without
// errors.
func (pl *plan) buildCandidates(inCache func(*packages.Package) bool) []*packages.Package {
	var deps []*packages.Package
	for _, p := range slices.SortedFunc(maps.Keys(pl.direct), byID) {
		if pl.how[p] == 0 && p.PkgPath != "unsafe" && len(p.Errors) == 0 && !testVariant(p) && !summarized(p) && !inCache(p) {
			deps = append(deps, p)
		}
	}
	return deps
}

// keepBuilt keeps e, the entry of p read from the build cache, in
// fnlint's cache, as the types of p checked from source would have been
// (see plan.keep).
func (pl *plan) keepBuilt(p *packages.Package, e *cache.Entry) {
	if pl.cache == nil {
		return
	}
	if k, err := pl.cache.PackageKey(p); err == nil {
		pl.cache.PutEntry(k, e)
	}
}
