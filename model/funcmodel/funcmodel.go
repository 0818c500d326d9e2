package funcmodel

import (
	_ "embed"
	"go/ast"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/locality"
)

//go:embed doc.go
var doc string

// Analyzer computes the execution model of a package. It reports
// nothing.
var Analyzer = New(Config{})

// Config is what a driver tells the model beyond the flags.
type Config struct {
	// Registered lists entry points that registrations in other
	// packages declare (a driver that sees the whole module finds them
	// first): the model of the declaring package makes them entry
	// points, so that their code is judged where it is. Those with a
	// Caller are no entry points but functions that entry points of
	// other packages reach through calls: the model of their package
	// judges their code as those entry points' (see Entry.Caller).
	Registered []ExternalEntry

	// Summaries holds what the functions of the dependencies that the
	// driver did not analyze in this run do, from an earlier run.
	Summaries Summaries

	// Schema, if not nil, is what the configuration files may name
	// (the suite's analyzers and their options): the model reads the
	// configuration of each package of the user's code (see
	// internal/config) and checks it against Schema.
	Schema config.Schema
	// Override is the selection of analyzers the driver's flags make
	// (as a configuration file's analyzers list), applied after the
	// files'.
	Override []string

	// Deployments, if not nil, reads the deployment files (a driver
	// gives its own to tell the user afterwards what could not be read);
	// otherwise the instance reads them with one of its own.
	Deployments *Deployments
}

// An ExternalEntry is an entry point declared by a registration in
// another package.
type ExternalEntry struct {
	Key      string // knowledge.Key of the registered function or method
	Kind     knowledge.Kind
	Platform Platform
	Name     string // the registered name
	Via      string // the registration, "functions.HTTP in example.com/fn"
	Route    bool   // the Entry's Route
	// FunctionURL is the Entry's FunctionURL.
	FunctionURL bool
	// Caller, when set, makes the ExternalEntry no entry point of Key:
	// it says that an entry point of another package (Kind, Platform,
	// Name, Via, Route and FunctionURL describe it) reaches the
	// function Key through calls, the first of them from Caller (the
	// knowledge.Key of the calling function, or its package's path for
	// a function literal), so that the function's own package judges
	// its code as that entry point's (see Entry.Caller).
	Caller string `json:",omitempty"`
	// Once reports, for a reached function, that the entry point
	// reaches it only through a once-only initializer: its code runs
	// once per instance.
	Once bool `json:",omitempty"`
	// At is, for a reached function, the call in Caller that reaches
	// it: the other end of a finding in it (see Model.ReachedRelated).
	At Site `json:",omitempty"`
	// Pkg is the path of the package that declares Key, which a driver
	// sets to tell which packages' results the entry changes (the model
	// matches Key alone).
	Pkg string `json:",omitempty"`
}

// A Site is a position in a file of the user's code, which a driver
// keeps across runs: the file's name and the byte offset in it.
type Site struct {
	File   string `json:",omitempty"`
	Offset int    `json:",omitempty"`
}

// New returns an instance of the model analyzer with its own flags.
func New(cfg Config) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:             "funcmodel",
		Doc:              analysisdoc.Doc(doc, "funcmodel"),
		URL:              analysisdoc.URL("funcmodel"),
		Requires:         []*analysis.Analyzer{inspect.Analyzer},
		FactTypes:        []analysis.Fact{new(judged), new(registersParam), new(runsParams), new(servesRoutes)},
		ResultType:       reflect.TypeFor[*Model](),
		RunDespiteErrors: true,
	}
	fl := new(flags)
	if cfg.Deployments == nil {
		cfg.Deployments = NewDeployments()
	}
	a.Run = func(pass *analysis.Pass) (any, error) { return run(pass, cfg, fl) }
	a.Flags.Var(entryValue{fl}, "entry", "comma-separated extra entry points, as `importpath.Func` or importpath.Type.Method, each optionally prefixed lambda: or cloudrun:")
	a.Flags.Var(deployValue{fl}, "deploy", "also read the deployment files `file,...` (comma-separated), besides those found from the module root up: SAM/CloudFormation, serverless.yml, Terraform, scripts with gcloud functions deploy (fnlint help deploy)")
	// deps and everything serve testing fnlint on large code bases such
	// as the standard library, which has no entry points.
	a.Flags.BoolVar(&fl.deps, "deps", false, "also model dependencies and the standard library (for testing fnlint)")
	a.Flags.BoolVar(&fl.everything, "everything", false, "treat every declared function as an entry point (for testing fnlint)")
	return a
}

func run(pass *analysis.Pass, cfg Config, fl *flags) (any, error) {
	everything := fl.everything
	m := &Model{
		Pkg:   pass.Pkg,
		Local: fl.deps || isLocal(pass),

		summaries: cfg.Summaries,
		byNode:    make(map[ast.Node]*Func),
		byObj:     make(map[*types.Func]*Func),
		inits:     make(map[*types.Var]ast.Expr),
		assigns:   make(map[*types.Var]int),
		stores:    make(map[*types.Var][]Store),
		zeroDecl:  make(map[*types.Var]bool),
		judgedIn:  make(map[*types.Func]Phase),
	}
	m.Summarized = !m.Local && summarized(pass)
	if m.Local {
		conf, err := packageConfig(pass, cfg)
		if err != nil {
			return nil, err
		}
		m.config = conf
	}
	if !m.Local && !m.Summarized || pass.TypesInfo == nil || pass.Pkg == nil {
		return m, nil
	}
	b := &builder{
		pass:      pass,
		model:     m,
		regArgs:   make(map[ast.Expr]bool),
		routes:    make(map[types.Object][]route),
		parents:   make(map[types.Object]parent),
		ranged:    make(map[*types.Var]ast.Expr),
		imported:  make(map[types.Object]bool),
		wrappers:  make(map[*types.Func]registersParam),
		paramRuns: make(map[paramKey]bool),
	}
	b.selectFiles(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	b.collectAssignments()
	b.findWrappers()
	if m.Summarized {
		b.buildFuncs()
		b.buildEdges()
		b.exportRunsParams()
		return m, nil
	}
	regs := b.findRegistrations()
	b.buildFuncs()
	b.buildEdges()
	b.exportRunsParams()
	b.serveEdges()
	b.addRegistered(regs)
	b.exportServedRoutes()
	if !registers(regs) {
		b.findFirstGen()
	}
	entries := []string(fl.entry)
	if len(entries) == 0 && m.config != nil {
		entries = m.config.Entry // the flag overrides the file
	}
	b.findFlagged(entries, cfg.Registered)
	m.fset, m.deployments = pass.Fset, cfg.Deployments
	named := slices.Clone([]string(fl.deploy))
	if m.config != nil {
		named = append(named, m.config.Deploy...)
	}
	m.Deployment = cfg.Deployments.set(pass.Fset, moduleRoot(pass, m.Files), named)
	b.findDeployed(m.Deployment)
	// Once every entry point is known (1st-gen functions, flagged,
	// registered by other packages, deployed), the routes of other
	// packages that their bodies serve.
	b.addServedRoutes()
	if everything {
		b.addEverything()
	}
	m.markPhases(everything)
	for _, f := range m.Funcs {
		if f.Obj != nil && f.Obj.Exported() && f.FunctionCode() {
			pass.ExportObjectFact(f.Obj, &judged{Phase: f.Phase &^ ColdStart})
		}
	}
	m.importJudged(pass)
	return m, nil
}

// registers reports whether the package registers functions of its own.
func registers(regs []registration) bool {
	for _, r := range regs {
		if !r.elsewhere {
			return true
		}
	}
	return false
}

// judged marks an exported function that is function code of its own
// package, in the phases Phase: a registration of it in another package
// adds nothing, and neither does a call of it from code that runs in no
// other phase (see Model.JudgedElsewhere).
type judged struct{ Phase Phase }

func (*judged) AFact()         {}
func (*judged) String() string { return "judged" }

// importJudged records the phases in which the functions of other
// packages that the package's bodies call are judged there.
func (m *Model) importJudged(pass *analysis.Pass) {
	for _, f := range m.Funcs {
		for _, e := range f.Edges {
			if e.Callee == nil || e.Callee.Pkg() == m.Pkg {
				continue
			}
			fn := e.Callee.Origin()
			if _, done := m.judgedIn[fn]; done {
				continue
			}
			j := new(judged)
			if pass.ImportObjectFact(fn, j) {
				m.judgedIn[fn] = j.Phase
			} else {
				m.judgedIn[fn] = 0
			}
		}
	}
}

// JudgedElsewhere returns the phases in which fn, a function of another
// package, is function code judged in its own package (0 when it is
// not): its package reports what its code does in those phases, so a
// call of it from code that runs in no other phase adds nothing (see
// effects.Run).
func (m *Model) JudgedElsewhere(fn *types.Func) Phase { return m.judgedIn[fn.Origin()] }

// isLocal reports whether pass analyzes the user's own code, rather than
// a dependency or the standard library. A driver that analyzes only these
// packages from source (fnlint's) asks locality too.
// packageConfig returns the configuration of the pass's package: that
// of the directory of its files (see internal/config), with the
// driver's selection applied.
func packageConfig(pass *analysis.Pass, cfg Config) (*config.Config, error) {
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		dir := filepath.Dir(tf.Name())
		if !filepath.IsAbs(dir) || config.ModuleRoot(dir) == "" {
			continue // a file generated elsewhere (cgo), or no module
		}
		conf, err := config.Load(dir, cfg.Schema)
		if err != nil {
			return nil, err
		}
		return conf.Override(cfg.Override, cfg.Schema), nil
	}
	return config.Default.Override(cfg.Override, cfg.Schema), nil
}

func isLocal(pass *analysis.Pass) bool { return locality.LocalPass(pass) }

// summarized reports whether pass, which does not analyze the user's
// own code, analyzes a third-party dependency that the knowledge tables
// do not describe: one whose behaviour is derived from its code (see
// Model.Summarized). The standard library belongs to no module; a
// module the tables describe is known from them alone (see
// internal/locality).
func summarized(pass *analysis.Pass) bool {
	return pass.Module != nil && locality.Summarized(pass.Module.Path)
}
