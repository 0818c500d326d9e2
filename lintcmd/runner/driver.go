package runner

import (
	"cmp"
	"container/heap"
	"fmt"
	"go/token"
	"go/types"
	"maps"
	"net/url"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/cache"
)

// The run's own analysis driver. It computes what checker.Analyze
// computes, the same action graph with the same facts visible to each
// pass (the test compares the two on every testdata module), and differs
// in what it keeps and how it schedules:
//
//   - A pass reads a dependency's facts where that dependency's action
//     keeps them, instead of each action copying every fact of every
//     package below it (the checker's memory grows with the depth of the
//     graph times its facts).
//   - With free set, once every action on a package is done, the
//     package's syntax and types.Info and its passes' results (the
//     inspector, the model) are dropped: only its types and facts are
//     needed above it. The checker keeps all of them until it returns,
//     and they are most of a large run's memory (parsed files, types.Info
//     and inspectors, docs/performance.md).
//   - A bounded pool of workers (GOMAXPROCS) runs the actions whose
//     prerequisites are done, instead of one goroutine per action.
//   - Pass.ReadFile reads through the run's Sources (the parsed text),
//     which checker.Options has no exported field for.
//   - An analyzer that panics fails its action with a one-line error
//     naming the analyzer, the package and the panic, instead of ending
//     the process; an invalid fix is dropped from its diagnostic, with
//     an error that names it (the checker panics on both). The run
//     reports no diagnostic of a failed action (see runWith).

// An action is one analyzer applied to one package.
type action struct {
	Analyzer    *analysis.Analyzer
	Package     *packages.Package
	IsRoot      bool
	Result      any // kept for root actions only, as the checker does
	Err         error
	Diagnostics []analysis.Diagnostic
	// FixErrs says why fixes of the diagnostics were dropped: each is
	// invalid (see validateFixes), a bug of the analyzer.
	FixErrs []string

	deps       []*action // the prerequisite analyzers on the package, then the same analyzer on each import
	dependents []*action
	index      int // in the depth-first postorder: the order of preference
	waiting    int // deps not done; guarded by the driver's mu
	users      int // same-package dependents not done; guarded by mu

	// The facts this action exported, on objects of its own package and
	// on the package; a pass on an importer reads them here.
	objectFacts  map[objectFactKey]analysis.Fact
	packageFacts map[reflect.Type]analysis.Fact
	d            *driver

	// seeded reports that the action is not run: its facts are those
	// the cache kept of its analyzer on its package (facts, see seed).
	seeded bool
	facts  []cache.AnalyzerFacts
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

// String names the action as the checker does: analyzer@package ID.
func (act *action) String() string { return fmt.Sprintf("%s@%s", act.Analyzer, act.Package) }

// A driver runs one action graph.
type driver struct {
	readFile func(string) ([]byte, error)
	free     bool
	take     func(*action)

	// byTypes finds the action of an analyzer on a package by the
	// package's types, for the facts of its objects.
	byTypes map[actionKey]*action
	// direct and below hold, for each package analyzed, the types of the
	// packages it imports in the analysis graph and of every package
	// below it there.
	direct map[*packages.Package]map[*types.Package]bool
	below  map[*packages.Package]map[*types.Package]bool

	mu      sync.Mutex
	ready   readyQueue
	cond    *sync.Cond
	left    int                       // actions not done
	pending map[*packages.Package]int // actions not done, per package
}

type actionKey struct {
	a   *analysis.Analyzer
	pkg *types.Package
}

// graphOptions adjusts analyzeGraph.
type graphOptions struct {
	// free drops each package's syntax and types.Info once every action
	// on it is done (see above): the caller must not need them after the
	// analysis.
	free bool
	// seeds holds packages that are not analyzed: the actions on them
	// take the facts the cache kept of them (see facts.go), and need no
	// action on the packages below them. A seeded package is never one
	// of the packages analyzed.
	seeds map[*packages.Package][]cache.AnalyzerFacts
	// take, if not nil, is given each root action once it is done (by
	// one worker at a time), and the action's result is dropped after:
	// for a caller that needs only what it takes of each result.
	take func(*action)
}

// analyzeGraph runs analyzers on pkgs and the analyzers that produce
// facts on the packages below them (following Imports), as
// checker.Analyze does, and returns every action in depth-first
// postorder from the roots (one per package of pkgs and analyzer, in
// that order). Passes read files with readFile (which must give the
// text the parser read).
func analyzeGraph(analyzers []*analysis.Analyzer, pkgs []*packages.Package, readFile func(string) ([]byte, error), opts graphOptions) ([]*action, error) {
	free, seeds := opts.free, opts.seeds
	if err := analysis.Validate(analyzers); err != nil {
		return nil, err
	}
	d := &driver{
		readFile: readFile,
		free:     free,
		take:     opts.take,
		byTypes:  make(map[actionKey]*action),
		direct:   make(map[*packages.Package]map[*types.Package]bool),
		below:    make(map[*packages.Package]map[*types.Package]bool),
		pending:  make(map[*packages.Package]int),
	}
	d.cond = sync.NewCond(&d.mu)
	type key struct {
		a   *analysis.Analyzer
		pkg *packages.Package
	}
	actions := make(map[key]*action)
	var mk func(a *analysis.Analyzer, p *packages.Package) *action
	mk = func(a *analysis.Analyzer, p *packages.Package) *action {
		k := key{a, p}
		if act, ok := actions[k]; ok {
			return act
		}
		act := &action{Analyzer: a, Package: p, d: d}
		if facts, ok := seeds[p]; ok {
			act.seeded, act.facts = true, facts
			actions[k] = act
			return act
		}
		for _, req := range a.Requires {
			act.deps = append(act.deps, mk(req, p))
		}
		if len(a.FactTypes) > 0 {
			for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
				act.deps = append(act.deps, mk(a, p.Imports[path]))
			}
		}
		actions[k] = act
		return act
	}
	// Package by package, so that the postorder, which is also the
	// order in which ready actions run (see readyQueue), finishes a
	// package's analyzers before it starts the next package's.
	var roots []*action
	for _, p := range pkgs {
		for _, a := range analyzers {
			act := mk(a, p)
			act.IsRoot = true
			roots = append(roots, act)
		}
	}
	var order []*action
	seen := make(map[*action]bool)
	var post func(act *action)
	post = func(act *action) {
		if seen[act] {
			return
		}
		seen[act] = true
		for _, dep := range act.deps {
			post(dep)
		}
		order = append(order, act)
	}
	for _, act := range roots {
		post(act)
	}

	for i, act := range order {
		act.index = i
		if act.Package.Types != nil {
			d.byTypes[actionKey{act.Analyzer, act.Package.Types}] = act
		}
		d.pending[act.Package]++
		act.waiting = len(act.deps)
		for _, dep := range act.deps {
			dep.dependents = append(dep.dependents, act)
			if dep.Package == act.Package {
				dep.users++
			}
		}
		if act.waiting == 0 {
			heap.Push(&d.ready, act)
		}
		if _, ok := d.below[act.Package]; !ok && len(act.Analyzer.FactTypes) > 0 {
			d.reach(act.Package)
		}
	}
	d.left = len(order)

	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(d.work)
	}
	wg.Wait()
	return order, nil
}

// reach computes direct and below for p and the packages below it.
func (d *driver) reach(p *packages.Package) map[*types.Package]bool {
	if b, ok := d.below[p]; ok {
		return b
	}
	direct := make(map[*types.Package]bool, len(p.Imports))
	below := make(map[*types.Package]bool)
	d.below[p] = below // no cycles in an import graph
	for _, imp := range p.Imports {
		if imp.Types != nil {
			direct[imp.Types] = true
			below[imp.Types] = true
		}
		for t := range d.reach(imp) {
			below[t] = true
		}
	}
	d.direct[p] = direct
	return below
}

// work runs ready actions until every action is done.
func (d *driver) work() {
	d.mu.Lock()
	defer d.mu.Unlock()
	for {
		for len(d.ready) == 0 && d.left > 0 {
			d.cond.Wait()
		}
		if d.left == 0 {
			return
		}
		act := heap.Pop(&d.ready).(*action)
		d.mu.Unlock()
		act.exec()
		d.mu.Lock()
		d.done(act)
	}
}

// done records that act is done, readies its dependents, and frees what
// no action needs any more; d.mu is held.
func (d *driver) done(act *action) {
	d.left--
	for _, next := range act.dependents {
		if next.waiting--; next.waiting == 0 {
			heap.Push(&d.ready, next)
		}
	}
	for _, dep := range act.deps {
		if dep.Package == act.Package {
			if dep.users--; dep.users == 0 && !dep.IsRoot {
				dep.Result = nil // read only by the package's other passes
			} else if dep.users == 0 && d.take != nil {
				d.take(dep)
				dep.Result = nil
			}
		}
	}
	if act.users == 0 && !act.IsRoot {
		act.Result = nil
	}
	if act.IsRoot && d.take != nil && act.users == 0 {
		d.take(act)
		act.Result = nil
	}
	if d.pending[act.Package]--; d.pending[act.Package] == 0 && d.free {
		// Only the package's types and facts are read above it.
		act.Package.Syntax = nil
		act.Package.TypesInfo = nil
	}
	d.cond.Broadcast()
}

// A readyQueue holds the actions whose prerequisites are done, the
// first in the depth-first postorder first: the run finishes a package's
// actions, and so frees what they hold, before it starts the next
// package's. In the order they were readied (the inspector of every
// package is ready at once), a run holds every package's inspector
// before it gets to a package's analyzers.
type readyQueue []*action

func (q readyQueue) Len() int           { return len(q) }
func (q readyQueue) Less(i, j int) bool { return q[i].index < q[j].index }
func (q readyQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *readyQueue) Push(x any)        { *q = append(*q, x.(*action)) }
func (q *readyQueue) Pop() any {
	old := *q
	act := old[len(old)-1]
	*q = old[:len(old)-1]
	return act
}

// exec runs act's pass, its prerequisites being done, or takes the
// facts the cache kept of it.
func (act *action) exec() {
	if act.seeded {
		if err := act.seed(act.facts); err != nil {
			act.Err = fmt.Errorf("reading the facts of %s from fnlint's cache: %w", act, err)
		}
		act.facts = nil
		return
	}
	var failed []string
	for _, dep := range act.deps {
		if dep.Err != nil {
			failed = append(failed, dep.String())
		}
	}
	if failed != nil {
		slices.Sort(failed)
		act.Err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
		return
	}
	p := act.Package
	if p.IllTyped && !act.Analyzer.RunDespiteErrors {
		act.Err = fmt.Errorf("analysis skipped due to errors in package")
		return
	}
	if len(p.Errors) == 0 && (p.Types == nil || p.TypesInfo == nil || p.Fset == nil || p.TypesSizes == nil) {
		act.Err = fmt.Errorf("internal error: package %s was not type-checked", p.ID)
		return
	}
	inputs := make(map[*analysis.Analyzer]any)
	for _, dep := range act.deps {
		if dep.Package == p {
			inputs[dep.Analyzer] = dep.Result
		}
	}
	act.objectFacts = make(map[objectFactKey]analysis.Fact)
	act.packageFacts = make(map[reflect.Type]analysis.Fact)
	module := &analysis.Module{}
	if p.Module != nil {
		module = analysisModule(p.Module)
	}
	running, misuse := true, ""
	pass := &analysis.Pass{
		Analyzer:     act.Analyzer,
		Fset:         p.Fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
		Report: func(d analysis.Diagnostic) {
			if err := validateFixes(p.Fset, d.SuggestedFixes); err != nil {
				act.FixErrs = append(act.FixErrs, fmt.Sprintf("internal error: a fix that %s suggests at %s is invalid, and dropped: %v",
					act.Analyzer, p.Fset.Position(d.Pos), err))
				d.SuggestedFixes = nil
			}
			act.Diagnostics = append(act.Diagnostics, d)
		},
		ImportObjectFact:  act.importObjectFact,
		ImportPackageFact: act.importPackageFact,
		// A fact exported after Run, or on another package's object,
		// is an analyzer's bug: the first fails the action (the checker
		// panics); one after Run is dropped (the action is done).
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			switch {
			case !running:
			case obj == nil || obj.Pkg() != p.Types:
				if misuse == "" {
					misuse = fmt.Sprintf("Pass.ExportObjectFact(%v, %T): the object belongs to another package", obj, fact)
				}
			default:
				act.objectFacts[objectFactKey{obj, factType(fact)}] = fact
			}
		},
		ExportPackageFact: func(fact analysis.Fact) {
			if running {
				act.packageFacts[factType(fact)] = fact
			}
		},
		AllObjectFacts:  act.allObjectFacts,
		AllPackageFacts: act.allPackageFacts,
	}
	pass.ReadFile = func(name string) ([]byte, error) {
		if !readable(pass, name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", name)
		}
		return act.d.readFile(name)
	}
	act.Result, act.Err = act.run(pass)
	running = false
	if misuse != "" && act.Err == nil {
		act.Result, act.Err = nil, fmt.Errorf("internal error: %s", misuse)
	}
}

// run runs the analyzer's pass and checks what it gives.
func (act *action) run(pass *analysis.Pass) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, fmt.Errorf("internal error: the analyzer panicked: %v", r)
		}
	}()
	result, err = pass.Analyzer.Run(pass)
	if err != nil {
		return nil, err
	}
	if got, want := reflect.TypeOf(result), pass.Analyzer.ResultType; got != want {
		return nil, fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v",
			pass.Pkg.Path(), pass.Analyzer, got, want)
	}
	for i := range act.Diagnostics {
		d := &act.Diagnostics[i]
		if d.URL, err = resolveURL(pass.Analyzer, *d); err != nil {
			return nil, err
		}
	}
	return result, nil
}

// readable reports whether a pass may read the file name: one of its
// package's files (the access policy of Pass.ReadFile).
func readable(pass *analysis.Pass, name string) bool {
	if slices.Contains(pass.OtherFiles, name) || slices.Contains(pass.IgnoredFiles, name) {
		return true
	}
	for _, f := range pass.Files {
		if pass.Fset.File(f.FileStart).Name() == name {
			return true
		}
	}
	return false
}

// visible reports whether the facts of obj, an object of another
// package, reach act's pass, as the checker passes them: the checker
// copies each action's facts into the actions on the importing
// packages, keeping at each step only those on objects that may appear
// in the importing package's view of the imported one (its exportedFrom).
// So a fact on a method, a field, a type or a constant reaches every
// package above; one on a package-level function only a direct importer,
// if the function is exported; one on a variable that is no field only
// a direct importer.
func (act *action) visible(obj types.Object) bool {
	o := obj.Pkg()
	if o == nil || len(act.Analyzer.FactTypes) == 0 || !act.d.below[act.Package][o] {
		return false
	}
	switch obj := obj.(type) {
	case *types.Func:
		if obj.Signature().Recv() != nil {
			return true
		}
		return obj.Exported() && act.d.direct[act.Package][o]
	case *types.Var:
		return obj.IsField() || act.d.direct[act.Package][o]
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

// owner returns the action of act's analyzer on the package of types o.
func (act *action) owner(o *types.Package) *action {
	if o == act.Package.Types {
		return act
	}
	return act.d.byTypes[actionKey{act.Analyzer, o}]
}

func (act *action) importObjectFact(obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		return false
	}
	if obj.Pkg() != act.Package.Types && !act.visible(obj) {
		return false
	}
	owner := act.owner(obj.Pkg())
	if owner == nil {
		return false
	}
	if v, ok := owner.objectFacts[objectFactKey{obj, factType(ptr)}]; ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	return false
}

func (act *action) importPackageFact(pkg *types.Package, ptr analysis.Fact) bool {
	if pkg == nil {
		return false
	}
	if pkg != act.Package.Types && (len(act.Analyzer.FactTypes) == 0 || !act.d.below[act.Package][pkg]) {
		return false
	}
	owner := act.owner(pkg)
	if owner == nil {
		return false
	}
	if v, ok := owner.packageFacts[factType(ptr)]; ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	return false
}

// ownObjectFacts returns the facts act exported on its package's objects.
func (act *action) ownObjectFacts() []analysis.ObjectFact {
	facts := make([]analysis.ObjectFact, 0, len(act.objectFacts))
	for k, f := range act.objectFacts {
		facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: f})
	}
	return facts
}

// allObjectFacts returns the object facts visible to act's pass.
func (act *action) allObjectFacts() []analysis.ObjectFact {
	facts := act.ownObjectFacts()
	for o := range act.d.below[act.Package] {
		if owner := act.owner(o); owner != nil && len(act.Analyzer.FactTypes) > 0 {
			for k, f := range owner.objectFacts {
				if act.visible(k.obj) {
					facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: f})
				}
			}
		}
	}
	return facts
}

// allPackageFacts returns the package facts visible to act's pass.
func (act *action) allPackageFacts() []analysis.PackageFact {
	var facts []analysis.PackageFact
	add := func(owner *action) {
		for _, f := range owner.packageFacts {
			facts = append(facts, analysis.PackageFact{Package: owner.Package.Types, Fact: f})
		}
	}
	add(act)
	if len(act.Analyzer.FactTypes) > 0 {
		for o := range act.d.below[act.Package] {
			if owner := act.owner(o); owner != nil {
				add(owner)
			}
		}
	}
	return facts
}

// factType returns the type that keys a fact (analysis.Validate checks
// that each of an analyzer's FactTypes is a pointer).
func factType(fact analysis.Fact) reflect.Type { return reflect.TypeOf(fact) }

// resolveURL returns a diagnostic's URL as the checker resolves it:
// relative to the analyzer's, the category a fragment.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if d.URL == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %w", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %w", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// validateFixes checks the fixes as the checker does, and completes them
// as it does: each fix's edits sorted by position, an insertion's End
// set to its Pos.
func validateFixes(fset *token.FileSet, fixes []analysis.SuggestedFix) error {
	messages := make(map[string]bool)
	for i := range fixes {
		fix := &fixes[i]
		if messages[fix.Message] {
			return fmt.Errorf("two fixes with the same message (%s)", fix.Message)
		}
		messages[fix.Message] = true
		slices.SortStableFunc(fix.TextEdits, func(x, y analysis.TextEdit) int {
			return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.End, y.End))
		})
		var prev *analysis.TextEdit
		for j := range fix.TextEdits {
			edit := &fix.TextEdits[j]
			file := fset.File(edit.Pos)
			if file == nil {
				return fmt.Errorf("%s: no file for the edit at %v", fix.Message, edit.Pos)
			}
			eof := token.Pos(file.Base() + file.Size())
			if edit.End.IsValid() {
				if edit.End < edit.Pos {
					return fmt.Errorf("%s: an edit ends before it starts", fix.Message)
				}
				if end := fset.File(edit.End); end != file {
					if edit.End < eof+10 {
						edit.End = eof // a computed End just past the end of the file (golang/go#71659)
						continue
					}
					return fmt.Errorf("%s: an edit spans files", fix.Message)
				}
			} else {
				edit.End = edit.Pos
			}
			if edit.End > eof {
				return fmt.Errorf("%s: an edit ends beyond the end of its file", fix.Message)
			}
			if prev != nil && edit.Pos < prev.End {
				return fmt.Errorf("%s: overlapping edits in %s", fix.Message, fset.Position(edit.Pos).Filename)
			}
			prev = edit
		}
	}
	return nil
}

// analysisModule converts a go/packages module as the checker does.
func analysisModule(mod *packages.Module) *analysis.Module {
	if mod == nil {
		return nil
	}
	var modErr *analysis.ModuleError
	if mod.Error != nil {
		modErr = &analysis.ModuleError{Err: mod.Error.Err}
	}
	return &analysis.Module{
		Path: mod.Path, Version: mod.Version, Replace: analysisModule(mod.Replace), Time: mod.Time,
		Main: mod.Main, Indirect: mod.Indirect, Dir: mod.Dir, GoMod: mod.GoMod, GoVersion: mod.GoVersion,
		Error: modErr,
	}
}
