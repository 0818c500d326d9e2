package funcmodel

import (
	_ "embed"
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/analysisdoc"
)

//go:embed doc.go
var doc string

// Analyzer computes the function model of a package. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:             "funcmodel",
	Doc:              analysisdoc.MustExtract(doc, "funcmodel"),
	URL:              analysisdoc.URL("funcmodel"),
	Run:              run,
	ResultType:       reflect.TypeFor[*Model](),
	RunDespiteErrors: true,
}

var (
	// entryFlag holds the -entry flag: extra entry points.
	entryFlag listFlag
	// depsFlag and everythingFlag serve testing fnlint on large code
	// bases such as the standard library, which has no entry points.
	depsFlag, everythingFlag bool
)

func init() {
	Analyzer.Flags.Var(&entryFlag, "entry", "comma-separated extra entry points, as `importpath.Func` or importpath.Type.Method")
	Analyzer.Flags.BoolVar(&depsFlag, "deps", false, "also model dependencies and the standard library (for testing fnlint)")
	Analyzer.Flags.BoolVar(&everythingFlag, "everything", false, "treat every declared function as an entry point (for testing fnlint)")
}

// listFlag is a comma-separated list flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	*l = nil
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	m := &Model{
		Pkg:     pass.Pkg,
		Local:   depsFlag || isLocal(pass),
		byNode:  make(map[ast.Node]*Func),
		byObj:   make(map[*types.Func]*Func),
		inits:   make(map[*types.Var]ast.Expr),
		assigns: make(map[*types.Var]int),
	}
	if !m.Local || pass.TypesInfo == nil {
		return m, nil
	}
	b := &builder{
		pass:    pass,
		model:   m,
		regArgs: make(map[ast.Expr]bool),
	}
	files := b.files()
	b.collectAssignments(files)
	regs := b.findRegistrations(files)
	b.buildFuncs(files)
	b.addRegistered(regs)
	if len(regs) == 0 {
		b.findFirstGen(files)
	}
	b.findFlagged(entryFlag)
	if everythingFlag {
		b.addEverything()
	}
	m.markFunctionCode()
	m.markLazy(pass.TypesInfo)
	m.markColdStart()
	return m, nil
}

// isLocal reports whether pass analyzes a package of a main or workspace
// module, rather than a dependency or the standard library.
func isLocal(pass *analysis.Pass) bool {
	return pass.Module != nil && LocalModule(pass.Module.Path, pass.Module.Version)
}

// LocalModule reports whether the packages of the module with this path
// and version are modelled: those of a main or workspace module. The
// standard library has no module path; dependencies have a version. (go
// vet before Go 1.27 does not set Module.Main.) A driver that analyzes
// only these packages from source (fnlint's) uses the same test.
func LocalModule(path, version string) bool { return path != "" && version == "" }

// ModelsDependencies reports whether -funcmodel.deps asks to model every
// package, which a driver must then analyze from source.
func ModelsDependencies() bool { return depsFlag }

// markFunctionCode records on every body reached from an entry point
// the entry points that reach it.
func (m *Model) markFunctionCode() {
	if everythingFlag {
		// Every function is an entry point: record only the entry point
		// of each body's own declaration, which keeps the model linear.
		for _, e := range m.Entries {
			if e.Func != nil {
				e.Func.Entries = append(e.Func.Entries, e)
			}
		}
		for _, f := range m.Funcs {
			if f.Obj == nil {
				if d := f.Decl(); d != nil {
					f.Entries = d.Entries
				}
			}
		}
		return
	}
	for _, e := range m.Entries {
		if e.Func == nil {
			continue
		}
		seen := make(map[*Func]bool)
		queue := []*Func{e.Func}
		seen[e.Func] = true
		for len(queue) > 0 {
			f := queue[0]
			queue = queue[1:]
			f.Entries = append(f.Entries, e)
			for _, edge := range f.Edges {
				if edge.Kind == Register {
					continue
				}
				if t := m.Target(edge); t != nil && !seen[t] {
					seen[t] = true
					queue = append(queue, t)
				}
			}
		}
	}
}

// markLazy marks the function code that is reached from the entry points
// only through the function arguments of once-only initializers.
func (m *Model) markLazy(info *types.Info) {
	every := make(map[*Func]bool)
	var queue []*Func
	for _, e := range m.Entries {
		if e.Func != nil && !every[e.Func] {
			every[e.Func] = true
			queue = append(queue, e.Func)
		}
	}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, edge := range f.Edges {
			if edge.Kind == Register || edge.OnceOnly(info) {
				continue
			}
			if t := m.Target(edge); t != nil && !every[t] {
				every[t] = true
				queue = append(queue, t)
			}
		}
	}
	for _, f := range m.Funcs {
		f.Lazy = f.FunctionCode() && !every[f]
	}
}

// markColdStart marks init functions, the package initializers, and the
// bodies they run.
func (m *Model) markColdStart() {
	var queue []*Func
	for _, f := range m.Funcs {
		if f.Node == nil || f.Obj != nil && f.Obj.Name() == "init" && f.Obj.Signature().Recv() == nil {
			f.ColdStart = true
			queue = append(queue, f)
		}
	}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, edge := range f.Edges {
			if !edge.Calls() {
				continue
			}
			if t := m.Target(edge); t != nil && !t.ColdStart {
				t.ColdStart = true
				queue = append(queue, t)
			}
		}
	}
}
