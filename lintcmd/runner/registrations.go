package runner

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/lintcmd/cache"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A package's entry points may be registered by another package
// (functions.HTTP in the module's root registering handlers.Hello; a
// main package's funcframework registrations). Analysis facts flow from
// a package to its importers, never back, so the handler's package
// cannot learn from an analyzer that another package registers its
// function; a driver that holds the whole module can. It runs the model
// alone over the packages (cheap: no graphs, no checks) and tells the
// model of the second, real run which functions are entry points
// (funcmodel.Config.Registered, see combineRegistrations), so that
// their code is judged where it is written.
//
// The same holds for the helpers that entry points call in other
// packages of the module (providers.NewContext, called by every
// handler, creating its clients): facts tell the callers what a helper
// does, so each caller's package would report the problem at its call,
// once per caller and naming only the first cause, while the fix goes
// in the helper. The model alone also yields each package's entry
// points and the calls between its bodies and to functions of the
// other packages of the user's code (callGraph); the driver follows
// them across the module from every entry point (reachedHelpers) and
// tells the model of each package which of its functions entry points
// of other packages reach (funcmodel.ExternalEntry.Caller), so that it
// judges their code as those entry points' and reports each problem
// where it is; the function is then judged there, and the callers'
// packages no longer report their calls of it (effects.Run).

// modelRegistrations runs the model alone over pkgs and returns, for
// each package it ran on, what it found there: whether it covers the
// package, and the entry points the package's registrations declare in
// other packages (the driver keeps them per package, see
// incremental.go).
//
// Only the packages of pkgs are modelled in full (their models are the
// pass's results); those below them are analyzed for their facts, or
// seeded with the facts the cache kept (seeds, see facts.go), and what
// they register is what the cache kept (see incremental.registrations).
// It also returns the actions, whose facts a run keeps; their results
// are dropped (each as soon as its package's registrations are read).
func modelRegistrations(pkgs []*packages.Package, readFile func(string) ([]byte, error), seeds map[*packages.Package][]cache.AnalyzerFacts) (map[*packages.Package]cache.Registrations, []*action, error) {
	found := make(map[*packages.Package]cache.Registrations)
	if len(pkgs) == 0 {
		return found, nil, nil
	}
	model := funcmodel.New(funcmodel.Config{})
	localPaths := make(map[string]bool) // of the user's own packages
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if local(p) {
			localPaths[p.PkgPath] = true
		}
	})
	// Each model is read as soon as its package is done, and dropped:
	// the run holds every package's syntax until the real analysis, but
	// not every package's model too.
	take := func(act *action) {
		if act.Analyzer != model {
			return
		}
		r := cache.Registrations{Path: act.Package.PkgPath}
		m, ok := act.Result.(*funcmodel.Model)
		if act.Err == nil && !ok {
			// Not analyzed (a package loaded for its types alone,
			// whose findings the driver reads from the cache): what
			// the model found there is what the cache keeps.
			return
		}
		if act.Err == nil && ok && m.Local && m.Pkg != nil {
			r.Modelled, r.Path = true, m.Pkg.Path()
			for _, e := range m.Entries {
				if e.Func != nil || e.Obj == nil || e.Judged || e.Obj.Pkg() == nil || e.Obj.Pkg() == m.Pkg {
					continue
				}
				x := funcmodel.ExternalEntry{Key: knowledge.Key(e.Obj), Kind: e.Kind, Platform: e.Platform, Name: e.Name, Via: e.Via + " in " + m.Pkg.Path(), Route: e.Route, FunctionURL: e.FunctionURL, Pkg: e.Obj.Pkg().Path()}
				r.Entries = append(r.Entries, cache.Registered{Target: e.Obj.Pkg().Path(), Entry: x})
			}
			r.Roots, r.Calls = callGraph(m, act.Package.Fset, act.Package.TypesInfo, localPaths)
		}
		found[act.Package] = r
	}
	acts, err := analyzeGraph([]*analysis.Analyzer{model}, pkgs, readFile, graphOptions{seeds: seeds, take: take})
	if err != nil {
		return nil, nil, err
	}
	return found, acts, nil
}

// combineRegistrations returns the entry points that found declares in
// packages the model covers among those requested (by path), each once,
// sorted: the same list however the packages' findings were obtained.
//
// The declaring package must be one of those requested, whose findings
// are printed: a handler of a package analyzed only for its facts (a
// locally replaced module outside the patterns) stays reported at its
// registration.
func combineRegistrations(found []cache.Registrations, requested map[string]bool) []funcmodel.ExternalEntry {
	modelled := make(map[string]bool) // requested package paths the model covers
	for _, r := range found {
		if r.Modelled && requested[r.Path] {
			modelled[r.Path] = true
		}
	}
	var ext []funcmodel.ExternalEntry
	for _, r := range found {
		for _, e := range r.Entries {
			if modelled[e.Target] {
				ext = append(ext, e.Entry)
			}
		}
	}
	ext = append(ext, reachedHelpers(found, modelled, requested, ext)...)
	slices.SortFunc(ext, cache.CompareEntries)
	ext = slices.Compact(ext)
	return ext
}

// callGraph returns the entry points of m's package, with the bodies
// they run, and the calls that run their target from its bodies to its
// bodies and to functions of the packages at localPaths (the user's
// own) other than its own, each once, in source order.
//
// A call of a function of another package whose result the caller keeps
// in a package-level variable (client = store.Open(ctx), under a test
// that it is not set yet) is left out: what the callee creates is kept
// across invocations, which only the caller's code shows, so its
// package judges the call, as when no driver sees the module.
func callGraph(m *funcmodel.Model, fset *token.FileSet, info *types.Info, localPaths map[string]bool) ([]cache.Root, []cache.Call) {
	index := make(map[*funcmodel.Func]int, len(m.Funcs))
	for i, f := range m.Funcs {
		index[f] = i
	}
	node := func(f *funcmodel.Func) string {
		if f.Obj != nil {
			return knowledge.Key(f.Obj)
		}
		return fmt.Sprintf("%s#%d", m.Pkg.Path(), index[f])
	}
	var roots []cache.Root
	for _, e := range m.Entries {
		if e.Func == nil || e.Caller != "" {
			continue
		}
		x := funcmodel.ExternalEntry{Kind: e.Kind, Platform: e.Platform, Name: e.Name, Via: e.Via + " in " + m.Pkg.Path(), Route: e.Route, FunctionURL: e.FunctionURL}
		if e.Obj != nil {
			x.Key = knowledge.Key(e.Obj)
		}
		roots = append(roots, cache.Root{Entry: x, Body: node(e.Func)})
	}
	var calls []cache.Call
	seen := make(map[cache.Call]bool)
	for _, f := range m.Funcs {
		for _, e := range f.Edges {
			if !e.Runs() {
				continue
			}
			c := cache.Call{From: node(f), Once: e.When == funcmodel.Once}
			if t := m.Target(e); t != nil {
				c.To = node(t)
			} else if e.Callee != nil && e.Callee.Pkg() != nil && e.Callee.Pkg() != m.Pkg && localPaths[e.Callee.Pkg().Path()] {
				if keptGlobally(info, f, e) {
					continue
				}
				c.To, c.Pkg = knowledge.Key(e.Callee.Origin()), e.Callee.Pkg().Path()
				if e.Node != nil {
					if tf := fset.File(e.Node.Pos()); tf != nil {
						c.At = funcmodel.Site{File: tf.Name(), Offset: tf.Offset(e.Node.Pos())}
					}
				}
			} else {
				continue
			}
			if !seen[c] {
				seen[c] = true
				calls = append(calls, c)
			}
		}
	}
	return roots, calls
}

// keptGlobally reports whether the call of edge e, in f, gives a value
// that f keeps in a package-level variable (see
// funcmodel.StoredInGlobal).
func keptGlobally(info *types.Info, f *funcmodel.Func, e funcmodel.Edge) bool {
	if info == nil || e.Call == nil || e.Node != ast.Node(e.Call) {
		return false
	}
	c, ok := f.CursorOf(e.Call)
	if !ok {
		return false
	}
	use := funcmodel.ClientUse(info, c)
	call, ok := use.Node().(*ast.CallExpr)
	return ok && funcmodel.StoredInGlobal(info, f, call, use.Parent().Node())
}

// reachedHelpers returns, for each function of a modelled package (by
// path) that an entry point of another package reaches through calls,
// an ExternalEntry with a Caller describing that entry point: from the
// entry points of the requested packages the model covers, and from
// those registered across packages (ext), through the calls found (see
// callGraph), across any number of packages. The result depends on
// neither the order of found nor that of the calls.
//
// A function reached from several entry points keeps, of those with the
// same platform, kind and phase, the first in the order of
// cache.CompareEntries: the function's package needs the platforms
// whose rules judge it, the kinds that say how it can fail (a helper of
// HTTP functions responds through them), and when it runs, not every
// route that reaches it; a message that names an entry point names that
// first one.
func reachedHelpers(found []cache.Registrations, modelled, requested map[string]bool, ext []funcmodel.ExternalEntry) []funcmodel.ExternalEntry {
	found = slices.Clone(found)
	slices.SortFunc(found, func(a, b cache.Registrations) int { return strings.Compare(a.Path, b.Path) })
	calls := make(map[string][]cache.Call)
	type root struct {
		entry funcmodel.ExternalEntry
		body  string
	}
	var roots []root
	for _, r := range found {
		if !r.Modelled {
			continue
		}
		for _, c := range r.Calls {
			calls[c.From] = append(calls[c.From], c)
		}
		if requested[r.Path] {
			for _, x := range r.Roots {
				roots = append(roots, root{x.Entry, x.Body})
			}
		}
	}
	for _, e := range ext {
		if e.Caller == "" {
			roots = append(roots, root{e, e.Key})
		}
	}
	slices.SortFunc(roots, func(a, b root) int {
		return cmp.Or(cache.CompareEntries(a.entry, b.entry), strings.Compare(a.body, b.body))
	})
	type reach struct {
		phase  funcmodel.Phase
		caller string
		at     funcmodel.Site
		pkg    string // of the function reached
	}
	const invocation, instance = funcmodel.PerInvocation, funcmodel.PerInstance
	reached := make(map[string]map[int]reach) // by function, by root
	for i, rt := range roots {
		seen := map[string]funcmodel.Phase{rt.body: invocation}
		queue := []string{rt.body}
		for len(queue) > 0 {
			from := queue[0]
			queue = queue[1:]
			for _, c := range calls[from] {
				next := seen[from]
				if c.Once {
					next = instance
				}
				if c.Pkg != "" && modelled[c.Pkg] {
					if reached[c.To] == nil {
						reached[c.To] = make(map[int]reach)
					}
					// The least caller and call, so that the order of
					// the calls does not matter.
					r, ok := reached[c.To][i]
					caller := strings.Split(c.From, "#")[0]
					if !ok || cmp.Or(strings.Compare(caller, r.caller), strings.Compare(c.At.File, r.at.File), cmp.Compare(c.At.Offset, r.at.Offset)) < 0 {
						r.caller, r.at = caller, c.At
					}
					r.phase |= next
					r.pkg = c.Pkg
					reached[c.To][i] = r
				}
				if seen[c.To]|next != seen[c.To] {
					seen[c.To] |= next
					queue = append(queue, c.To)
				}
			}
		}
	}
	var out []funcmodel.ExternalEntry
	for key, byRoot := range reached {
		type kept struct {
			platform funcmodel.Platform
			kind     knowledge.Kind
			once     bool
		}
		done := make(map[kept]bool)
		for i, rt := range roots { // in their order: the first of each
			r, ok := byRoot[i]
			if !ok {
				continue
			}
			once := r.phase&invocation == 0
			k := kept{rt.entry.Platform, rt.entry.Kind, once}
			if done[k] {
				continue
			}
			done[k] = true
			x := rt.entry
			x.Key, x.Caller, x.Once, x.At, x.Pkg = key, r.caller, once, r.at, r.pkg
			out = append(out, x)
		}
	}
	return out
}

// requestedPaths returns the paths of roots.
func requestedPaths(roots []*packages.Package) map[string]bool {
	requested := make(map[string]bool)
	for _, p := range roots {
		requested[p.PkgPath] = true
	}
	return requested
}

// addSiteFiles adds to the file set of pkgs, which they share, the files
// that the calls reaching the functions of ext are in (ExternalEntry.At)
// and that the run did not parse (a package whose findings it reads from
// the cache), so that the model of the reached function's package can
// name the call as the other end of its findings whichever packages the
// run loaded.
func addSiteFiles(pkgs []*packages.Package, srcs *Sources, ext []funcmodel.ExternalEntry) {
	var fset *token.FileSet
	for _, p := range pkgs {
		if p.Fset != nil {
			fset = p.Fset
			break
		}
	}
	if fset == nil {
		return
	}
	var have map[string]bool
	for _, e := range ext {
		if e.At.File == "" {
			continue
		}
		if have == nil {
			have = make(map[string]bool)
			fset.Iterate(func(f *token.File) bool {
				have[f.Name()] = true
				return true
			})
		}
		if !have[e.At.File] {
			have[e.At.File] = true
			addDiskFile(fset, srcs, e.At.File)
		}
	}
}
