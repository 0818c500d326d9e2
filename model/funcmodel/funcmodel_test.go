package funcmodel_test

import (
	"fmt"
	"go/ast"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// probe reports the execution model so that analysistest can check it:
// each entry point, and for each declared function or literal whether it
// is function code (and of which entry points) or cold-start code.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report the execution model",
	Requires: []*analysis.Analyzer{funcmodel.Analyzer},
	// The model must hold on half-typed code, as in the editor.
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
		for _, e := range m.Entries {
			pass.Reportf(e.Pos, "entry %s %q via %s (%s)", e.Kind, e.Name, e.Via, e.Platform)
			for _, d := range e.Deployed {
				pass.Reportf(e.Pos, "deployed as %s %s (%s, %s)", filepath.Base(d.Pos.File), d.ID, d.Platform, d.Runtime.V)
			}
		}
		for _, f := range m.Funcs {
			pos := f.Node
			if d, ok := f.Node.(*ast.FuncDecl); ok {
				pos = d.Name
			}
			if pos == nil {
				continue
			}
			if f.FunctionCode() {
				var names []string
				for _, e := range f.Entries {
					names = append(names, e.Name)
				}
				sort.Strings(names)
				pass.Reportf(pos.Pos(), "fc[%s]", strings.Join(names, " "))
			}
			if f.Phase&funcmodel.PerInstance != 0 && !f.PerInvocation() {
				pass.Reportf(pos.Pos(), "lazy")
			}
			if f.ColdStart() && f.Obj != nil && f.Obj.Name() != "init" {
				pass.Reportf(pos.Pos(), "coldstart")
			}
		}
		return nil, nil
	},
}

func TestModel(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, ".", "./cmd/...", "./crosspkg", "./handlers",
		"./lambdahandler", "./lambdamain", "./lambdawrap", "./lambdawrapped", "./lambdastart/...", "./dispatch", "./keeps/...", "./lambdaproxy/...", "./legacy", "./mw", "./notroot", "./registered", "./lambdaflag", "./lazyrouter", "./routers", "./routes", "./subrouters", "./lambdactor/...", "./fields", "./selfwrap", "./lambdaurl/...", "./wrappers/...", "./otelhttp", "./apirouter/...", "./servedvalue", "./deployed/...", "./undeployed/...")
}

func TestFlagEntry(t *testing.T) {
	// The flag names entry points that nothing registers: in a package
	// with no SDK, in a Lambda main (Lambda's entry points by default),
	// and there with the platform named.
	if err := funcmodel.Analyzer.Flags.Set("entry", "example.com/root/registered.unreached,example.com/root/lambdaflag.process,cloudrun:example.com/root/lambdaflag.export"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := funcmodel.Analyzer.Flags.Set("entry", ""); err != nil {
			t.Error(err)
		}
	})
	results := analysistest.Run(fakeT{t}, analysistest.TestData(), probe, "./registered", "./lambdaflag")
	want := map[string]bool{
		`entry background "unreached" via flag (Cloud Run functions)`: false,
		`entry lambda "process" via flag (AWS Lambda)`:                false,
		`entry background "export" via flag (Cloud Run functions)`:    false,
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if _, ok := want[d.Message]; ok {
				want[d.Message] = true
			}
		}
	}
	for msg, found := range want {
		if !found {
			t.Errorf("the -entry flag added no entry point reported as %s", msg)
		}
	}
}

// fakeT ignores analysistest's complaints about unexpected diagnostics,
// which the flag test produces on purpose.
type fakeT struct{ *testing.T }

func (fakeT) Errorf(format string, args ...any) { _ = fmt.Sprintf(format, args...) }
