package funcmodel

import (
	_ "embed"
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

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
	Requires:         []*analysis.Analyzer{inspect.Analyzer},
	FactTypes:        []analysis.Fact{new(judged)},
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
	if !m.Local || pass.TypesInfo == nil || pass.Pkg == nil {
		return m, nil
	}
	b := &builder{
		pass:    pass,
		model:   m,
		regArgs: make(map[ast.Expr]bool),
		routes:  make(map[types.Object][]route),
	}
	b.selectFiles(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	b.collectAssignments()
	regs := b.findRegistrations()
	b.buildFuncs()
	b.buildEdges()
	b.serveEdges()
	b.addRegistered(regs)
	if len(regs) == 0 {
		b.findFirstGen()
	}
	b.findFlagged(entryFlag)
	if everythingFlag {
		b.addEverything()
	}
	m.markPhases(everythingFlag)
	for _, f := range m.Funcs {
		if f.Obj != nil && f.Obj.Exported() && f.FunctionCode() {
			pass.ExportObjectFact(f.Obj, new(judged))
		}
	}
	return m, nil
}

// judged marks an exported function that is function code of its own
// package: a registration of it in another package adds nothing.
type judged struct{}

func (*judged) AFact()         {}
func (*judged) String() string { return "judged" }

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
