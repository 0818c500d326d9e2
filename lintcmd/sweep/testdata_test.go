package sweep

import (
	"os"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/testmodules"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// entries records whether a package declares entry points.
var entries = &analysis.Analyzer{
	Name:       "entries",
	Doc:        "report whether the package declares entry points",
	Requires:   []*analysis.Analyzer{funcmodel.Analyzer},
	ResultType: reflect.TypeFor[bool](),
	Run: func(pass *analysis.Pass) (any, error) {
		return len(pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model).Entries) > 0, nil
	},
}

// judgesNonFunctionCode reports whether a reports, on purpose, outside
// function code: ignoredirective judges directives, and registration
// judges the registrations themselves, of which one that aws-lambda-go
// would reject may declare no entry point.
func judgesNonFunctionCode(a *analysis.Analyzer) bool {
	return a.Name == "ignoredirective" || a.Name == "registration"
}

// TestTestdataModules runs every analyzer of the Suite over every
// testdata module (see testmodules): no
// analyzer may fail, and none may report in a package that declares no
// entry points.
func TestTestdataModules(t *testing.T) {
	dirs, err := testmodules.Dirs()
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		t.Run(testmodules.Name(dir), func(t *testing.T) {
			pkgs, err := packages.Load(&packages.Config{
				Mode: packages.LoadAllSyntax | packages.NeedModule,
				Dir:  dir,
				Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
			}, "./...")
			if err != nil {
				t.Fatal(err)
			}
			graph, err := checker.Analyze(append([]*analysis.Analyzer{entries}, analyzers.Suite...), pkgs, nil)
			if err != nil {
				t.Fatal(err)
			}
			has := make(map[*packages.Package]bool)
			for _, act := range graph.Roots {
				if act.Analyzer == entries && act.Err == nil {
					has[act.Package] = act.Result.(bool)
				}
			}
			for act := range graph.All() {
				if act.Err != nil {
					t.Errorf("%s: %v", act, act.Err)
				}
				if act.IsRoot && act.Analyzer != entries && !has[act.Package] && !judgesNonFunctionCode(act.Analyzer) {
					for _, d := range act.Diagnostics {
						t.Errorf("%s reported in %s, which declares no entry points: %s: %s",
							act.Analyzer.Name, act.Package.PkgPath, act.Package.Fset.Position(d.Pos), d.Message)
					}
				}
			}
		})
	}
}
