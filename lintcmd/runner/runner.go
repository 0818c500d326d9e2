// Package runner is fnlint's own analysis driver, behind the command
// line, SARIF output and the language server: it loads packages, runs an
// analyzer suite on them, and returns the findings deduplicated across a
// package and its test variant and sorted by position, and the load and
// analysis errors as messages naming the package.
//
// It parses and type-checks from source the requested packages, the
// packages of the user's own code they import (see locality), and the
// third-party dependencies that no knowledge table describes, whose
// summaries the analyzers derive from their code (locality.Summarized);
// analysis facts flow between all of those. The standard library and
// the modules the tables describe are type-checked from source for
// their types alone, and the analyzers take what they must know of them
// from fnlint's knowledge tables. Nothing is compiled. With a cache
// (Options.CacheDir), their export data, written from those types, and
// the summaries of the third-party dependencies are kept, so that a
// second run analyzes only the user's code; only for packages that,
// with everything below them, type-check, so that a run with the cache
// gives what a run without it gives. With Options.CacheFindings the
// cache also keeps the findings of whole runs and of each package, so
// that a run over unchanged code analyzes nothing and a run after an
// edit only the packages whose inputs changed (see incremental).
// docs/performance.md has the measurements.
package runner

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/lintcmd/cache"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A Finding is one diagnostic of one analyzer.
type Finding struct {
	Analyzer  *analysis.Analyzer
	Fset      *token.FileSet
	PkgID     string // the package reported on
	ModuleDir string // the root directory of its module, or ""
	// Pkg is the package reported on, as type-checked: its imports name
	// the packages its files import.
	Pkg *types.Package
	// Sources holds the files as the analysis read them, the text that
	// the finding's positions and fixes refer to; shared by the findings
	// of one run.
	Sources *Sources
	analysis.Diagnostic
}

// Position returns where the finding starts.
func (f Finding) Position() token.Position { return f.Fset.Position(f.Pos) }

// Options adjusts Run.
type Options struct {
	// FullSource loads and analyzes every dependency from source, as
	// go/analysis's checker does, instead of only the requested
	// packages and the local packages they import. It is slower and gives the
	// same findings (the test of this package checks it). A command sets
	// it when -funcmodel.deps models the dependencies.
	FullSource bool

	// Rebuild, if not nil, returns the analyzers to run instead of
	// suite, over a model given the entry points that registrations in
	// other packages declare (see registrations); it is called only when
	// there are some.
	Rebuild func(funcmodel.Config) ([]*analysis.Analyzer, error)

	// CacheDir, if not "", is the directory of the cache in which the
	// run finds, and keeps, the export data and summaries of the
	// summarized dependencies (see CacheDir and lintcmd/cache), so that a
	// later run does not analyze them again. It is used only with
	// Rebuild, through which the run hands the summaries found to the
	// analyzers, and not with FullSource. A cache that cannot be opened
	// is not used.
	CacheDir string

	// BuildCache reads the types of the dependencies that are neither
	// analyzed nor in the cache at CacheDir from the export data that
	// the Go build cache holds for them, when it holds them, instead of
	// type-checking them from source (see buildCache); nothing is
	// compiled for it. Not used with FullSource.
	BuildCache bool

	// CacheFindings keeps the findings of a run without errors in the
	// cache at CacheDir, and answers a later run over the same code with
	// them without analyzing (see resultsKey), and a run after an edit
	// with those of the packages the edit does not concern, analyzing
	// only the others (see incremental): for a caller that needs no
	// Finding.Pkg, which findings read back lack, and that does not need
	// Visit or Loaded called for every package (they are called for the
	// packages analyzed, if any). The findings, their positions, related
	// positions and fixes are those the analysis gave.
	CacheFindings bool

	// Graphs, if not nil, keeps the package graph the go command lists,
	// and gives a later run the graph kept while nothing the go command
	// read has changed (see Graphs): for a caller that runs again and
	// again, as the language server does at every save. Not used with
	// FullSource.
	Graphs *Graphs

	// Visit, if not nil, is called with each package analyzed (in
	// dependency order), for tests and diagnostics of the driver.
	Visit func(*packages.Package)

	// Loaded, if not nil, is called with the types of the packages to
	// be analyzed (test variants included) once they are loaded, before
	// the analysis: a driver checks there what only the loaded code can
	// confirm, such as that the functions its flags name exist. An
	// error it returns ends the run, as Run's err.
	Loaded func([]*types.Package) error

	// Config, if not nil, returns the configuration of a directory as
	// the suite's model reads it (internal/config; analyzers.Set's
	// Config): the run reads that of each requested package before the
	// analysis, so that a malformed file ends the run (err is then its
	// *config.Error) rather than each package's analysis, and keys the
	// findings it keeps in the cache with them.
	Config func(dir string) (*config.Config, error)
}

// Run loads the packages that patterns name, with cfg's directory,
// environment and overlay (which the go command, the parser and the
// analyzers' Pass.ReadFile all see), and runs suite on them. Errors
// lists the load and analysis errors; the packages that loaded are
// analyzed regardless. Cancelling cfg.Context stops the go command, and
// the run before its analysis starts.
func Run(cfg packages.Config, patterns []string, suite []*analysis.Analyzer) (findings []Finding, errors []string, err error) {
	return RunWith(cfg, patterns, suite, Options{})
}

// RunWith is Run with options.
//
// The requested packages, the packages of the user's own code (main and
// workspace modules, modules replaced by a local directory) that they
// import and the summarized third-party dependencies are parsed,
// type-checked and analyzed: analysis facts flow between those, and
// only the requested packages are judged. Every other dependency (the
// standard library, the modules the knowledge tables describe) is
// described by its types, read from the cache or checked from source
// without function bodies, and by fnlint's knowledge tables. The errors
// are sorted and given once each.
//
// With Options.CacheFindings, a run over code that has not changed since
// the last one reads its findings from the cache, and a run after an
// edit analyzes only the requested packages whose inputs changed (see
// incremental).
func RunWith(cfg packages.Config, patterns []string, suite []*analysis.Analyzer, opts Options) (findings []Finding, errors []string, err error) {
	return runWith(cfg, patterns, suite, opts, true, false)
}

// runWith is RunWith; with reuse false, it reads no package's findings
// from the cache (see newIncremental). again reports a run started
// again after a wrong guess at the registrations.
func runWith(cfg packages.Config, patterns []string, suite []*analysis.Analyzer, opts Options, reuse, again bool) (findings []Finding, errors []string, err error) {
	cfg0 := cfg
	if cfg.Env == nil {
		cfg.Env = os.Environ()
	}
	cfg.Env = append(cfg.Env, "GOPROXY=off") // never the network
	srcs := newSources()
	var dc *cache.Cache
	if opts.CacheDir != "" && opts.Rebuild != nil && !opts.FullSource {
		dc, _ = cache.Open(opts.CacheDir, cfg.Env, local) // without it, the run only takes longer
	}
	var pkgs, roots []*packages.Package
	var pl *plan         // nil for a full-source load, which go/packages does
	var inc *incremental // nil when the run reads no package's findings
	if opts.FullSource {
		cfg.Mode = packages.LoadAllSyntax | packages.NeedModule
		cfg.ParseFile = srcs.parseFile
		pkgs, err = packages.Load(&cfg, patterns...)
		err = goCommandError(err)
		if err == nil {
			_, err = readConfigs(opts.Config, pkgs)
		}
		roots = pkgs
	} else {
		roots, err = opts.Graphs.list(cfg, patterns)
		var confKey string
		if err == nil {
			confKey, err = readConfigs(opts.Config, roots)
		}
		if err == nil && opts.CacheFindings && dc != nil {
			if key, hashed, run, ok := resultsKey(dc, cfg, patterns, roots, suite, confKey); ok {
				if findings, ok := lookupResults(dc, key, suite, srcs); ok && reuse {
					return findings, nil, nil
				}
				inc = newIncremental(dc, run, roots, suite, srcs, reuse)
				defer func() {
					// Kept only if nothing it derives from changed
					// while the run read it (a file saved meanwhile).
					if err == nil && len(errors) == 0 && cache.Unchanged(hashed) {
						storeResults(dc, key, findings)
					}
				}()
			}
		}
		if err == nil {
			load := roots
			if inc != nil {
				load = inc.analyze
			}
			var sd seeder
			if inc != nil {
				sd = inc
			}
			var bc *buildCache
			if opts.BuildCache {
				bc = newBuildCache(cfg)
			}
			pl = makePlan(load, dc, sd, bc)
			pkgs, errors = pl.load(cfg, srcs)
		}
	}
	if err == nil && cfg.Context != nil {
		err = cfg.Context.Err()
	}
	if err != nil {
		return nil, nil, err
	}
	if len(roots) == 0 {
		return nil, nil, fmt.Errorf("%v matched no packages", patterns)
	}
	setFileArgsModule(cfg, pkgs)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if opts.Visit != nil && (pl == nil || pl.how[p] != seeded) {
			opts.Visit(p)
		}
		for _, e := range p.Errors {
			if e.Pos == "" || e.Pos == "-" {
				// No file to name (a package of a module not
				// downloaded): the package says where.
				errors = append(errors, p.ID+": "+e.Msg)
				continue
			}
			errors = append(errors, ErrorText(e))
		}
	})
	loadFailed := len(errors) > 0
	if opts.Loaded != nil {
		var loaded []*types.Package
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			if p.Types != nil {
				loaded = append(loaded, p.Types)
			}
		})
		if err := opts.Loaded(loaded); err != nil {
			return nil, errors, err
		}
	}
	var found map[*packages.Package]cache.Registrations // what the model alone found
	var regActs []*action                               // its actions
	var ext []funcmodel.ExternalEntry
	if opts.Rebuild != nil {
		var regSeeds map[*packages.Package][]cache.AnalyzerFacts
		if pl != nil {
			regSeeds = pl.regSeeds
		}
		if found, regActs, err = modelRegistrations(pkgs, srcs.readFile, regSeeds); err != nil {
			return nil, errors, err
		}
		if inc != nil {
			var ok bool
			if ext, ok = inc.registrations(found, requestedPaths(roots)); !ok {
				// The guess at the changed packages' registrations was
				// wrong: the findings read under it may be too. Once
				// what the model found in them is kept, a run needs no
				// guess; if it fails all the same, none reads any
				// findings.
				if !again && len(errors) == 0 {
					inc.keep(found)
					return runWith(cfg0, patterns, suite, opts, true, true)
				}
				return runWith(cfg0, patterns, suite, opts, false, true)
			}
		} else {
			ext = combineRegistrations(slicesOf(found), requestedPaths(roots))
		}
		addSiteFiles(pkgs, srcs, ext)
		var summaries funcmodel.Summaries
		if pl != nil && pl.cache != nil {
			summaries = pl.summaries()
		}
		if len(ext) > 0 || len(summaries) > 0 {
			if suite, err = opts.Rebuild(funcmodel.Config{Registered: ext, Summaries: summaries}); err != nil {
				return nil, errors, err
			}
		}
	}
	var seeds map[*packages.Package][]cache.AnalyzerFacts
	if pl != nil {
		seeds = pl.seeds
	}
	acts, err := analyzeGraph(suite, pkgs, srcs.readFile, graphOptions{free: true, seeds: seeds})
	if err != nil {
		return nil, errors, err
	}
	if pl != nil {
		pl.store(acts)
	}
	for _, act := range acts {
		// After a load error, the analyses it skipped say so once each;
		// the load error already said what is wrong.
		if act.Err != nil && (!loadFailed || !skipped(act.Err)) {
			errors = append(errors, fmt.Sprintf("%s: %v", act, act.Err))
		}
		for _, e := range act.FixErrs {
			errors = append(errors, fmt.Sprintf("%s: %s", act, e))
		}
		if !act.IsRoot || act.Err != nil {
			continue // a failed action's diagnostics may be partial
		}
		for _, d := range act.Diagnostics {
			dir := ""
			if m := act.Package.Module; m != nil {
				dir = m.Dir
			}
			srcs.note(act.Package.Fset.PositionFor(d.Pos, false).Filename)
			findings = append(findings, Finding{
				Analyzer: act.Analyzer, Fset: act.Package.Fset, PkgID: act.Package.ID, ModuleDir: dir,
				Pkg: act.Package.Types, Sources: srcs, Diagnostic: d,
			})
		}
	}
	if inc != nil {
		if len(errors) == 0 {
			inc.store(found, findings, ext, acts, regActs)
		}
		findings = append(findings, inc.cached...)
	}
	return sortFindings(findings), sortErrors(errors), nil
}

// sortFindings sorts findings by position, analyzer and message, and
// drops repeats (a package and its test variant report the same
// finding), keeping that of the first package by ID: so that every run
// gives the same findings in the same order, whichever packages it
// analyzed and which it read from the cache.
func sortFindings(findings []Finding) []Finding {
	slices.SortFunc(findings, func(a, b Finding) int {
		pa, pb := a.Position(), b.Position()
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Line, pb.Line),
			cmp.Compare(pa.Column, pb.Column), cmp.Compare(a.Analyzer.Name, b.Analyzer.Name),
			cmp.Compare(a.Message, b.Message), cmp.Compare(a.PkgID, b.PkgID))
	})
	return slices.CompactFunc(findings, func(a, b Finding) bool {
		return a.Analyzer.Name == b.Analyzer.Name && a.Message == b.Message && a.Position().String() == b.Position().String()
	})
}

// readConfigs reads, with read, the configuration of the directory of
// each package, and returns their text (see config.Config.Key) and that
// of the deployment files they read (see deployKey), or the first
// error.
func readConfigs(read func(string) (*config.Config, error), pkgs []*packages.Package) (string, error) {
	if read == nil {
		return "", nil
	}
	var dirs []string
	for _, p := range pkgs {
		for _, files := range [][]string{p.GoFiles, p.OtherFiles, p.IgnoredFiles} {
			if len(files) > 0 {
				dirs = append(dirs, filepath.Dir(files[0]))
				break
			}
		}
	}
	slices.Sort(dirs)
	var key strings.Builder
	var confs []*config.Config
	for _, dir := range slices.Compact(dirs) {
		c, err := read(dir)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&key, "%s: %s\n", dir, c.Key())
		confs = append(confs, c)
	}
	key.WriteString(deployKey(confs))
	return key.String(), nil
}

// sortErrors sorts errors as findings are sorted, and drops repeats (a
// package and its test variant fail to import the same package at the
// same place): the dependencies' errors first, by package, then the
// others by the position they start with, so that every run prints
// them in the same order whatever its parallelism or its cache held.
func sortErrors(errors []string) []string {
	type posn struct {
		dep       bool
		file      string
		line, col int
		whole     string
	}
	parse := func(e string) posn {
		p := posn{whole: e}
		rest := e
		if r, ok := strings.CutPrefix(e, "dependency "); ok {
			p.dep = true
			p.file, rest, _ = strings.Cut(r, ": ") // the package
		}
		if m := leadingPos.FindStringSubmatch(rest); m != nil && !p.dep {
			p.file = m[1]
			p.line, _ = strconv.Atoi(m[2])
			p.col, _ = strconv.Atoi(m[3])
		}
		return p
	}
	slices.SortFunc(errors, func(a, b string) int {
		pa, pb := parse(a), parse(b)
		if pa.dep != pb.dep {
			if pa.dep {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(pa.file, pb.file), cmp.Compare(pa.line, pb.line), cmp.Compare(pa.col, pb.col), cmp.Compare(a, b))
	})
	return slices.Compact(errors)
}

// leadingPos matches the file:line:col that starts an error.
var leadingPos = regexp.MustCompile(`^(.+?):(\d+):(\d+)`)

// skipped reports whether an analysis error only says that the analysis
// did not run because of errors in its package or its prerequisites.
func skipped(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "analysis skipped due to errors") || strings.HasPrefix(msg, "failed prerequisites")
}
