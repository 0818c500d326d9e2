package envvar

import (
	_ "embed"
	"fmt"
	"go/ast"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports reads of environment variables the runtime does not
// set.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "envvar",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.Fact[legacyRead])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// legacyRead is the effect of reading a variable that only the oldest
// runtime sets.
type legacyRead struct {
	Func string // the function that reads it, "os.Getenv"
	Var  string // the variable, "GCP_PROJECT"
}

func (legacyRead) Label() string { return "reads a legacy variable via" }

// String renders the read as a call, os.Getenv("GCP_PROJECT").
func (r legacyRead) String() string { return r.Func + "(" + strconv.Quote(r.Var) + ")" }

const newer = "they set only FUNCTION_TARGET, FUNCTION_SIGNATURE_TYPE, K_SERVICE, K_REVISION and PORT"

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local || pass.Pkg == nil {
		return nil
	}
	reserved(pass, m)
	minor, ok := knowledge.GoMinor(pass.Pkg.GoVersion())
	spec := effects.Spec[legacyRead]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (legacyRead, bool) {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok {
				return legacyRead{}, false
			}
			v, ok := legacy(pass, call)
			if !ok || handled(pass, f, v) {
				return legacyRead{}, false
			}
			return legacyRead{Func: knowledge.ShortName(knowledge.Callee(pass.TypesInfo, call)), Var: v.Name}, true
		},
		Carry: func(e funcmodel.Edge) bool { return e.Runs() },
	}
	judge := func(f *funcmodel.Func) bool {
		return (f.FunctionCode() || f.ColdStart()) && m.PlatformOf(f)&funcmodel.CloudRun != 0
	}
	sites := effects.Run[legacyRead](pass, m, spec, judge)
	if !ok || minor < knowledge.ModernEnvMinor {
		return nil // facts only: this module's runtime is old, or unknown
	}
	directive := fmt.Sprintf("this module's go directive is 1.%d", minor)
	for _, s := range sites {
		if s.Platform(m)&funcmodel.CloudRun == 0 {
			continue
		}
		v := lookup(s.Cause.Var)
		if v == nil {
			continue
		}
		if s.Path != nil {
			pass.Report(analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: fmt.Sprintf(
				"%s, which reads %s: it is empty on the platform's Go 1.13 and later runtimes (%s): %s; %s",
				s.Via(), v.Name, directive, newer, v.Instead),
				Related: s.Declared("reads " + v.Name)})
			continue
		}
		pass.Report(analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: fmt.Sprintf(
			"%s is empty on the platform's Go 1.13 and later runtimes (%s): %s; %s",
			s.Cause, directive, newer, v.Instead)})
	}
	return nil
}

// legacy returns the legacy variable that call reads, if it reads one
// by a constant name.
func legacy(pass *analysis.Pass, call *ast.CallExpr) (*knowledge.LegacyEnvVar, bool) {
	name, ok := envName(pass, call)
	if !ok {
		return nil, false
	}
	v := lookup(name)
	return v, v != nil
}

// envName returns the constant name of the variable that call reads.
func envName(pass *analysis.Pass, call *ast.CallExpr) (string, bool) {
	i, ok := knowledge.EnvReadOf(knowledge.Callee(pass.TypesInfo, call))
	if !ok || i >= len(call.Args) {
		return "", false
	}
	return funcmodel.ConstString(pass.TypesInfo, call.Args[i])
}

func lookup(name string) *knowledge.LegacyEnvVar {
	for i := range knowledge.LegacyEnv {
		if knowledge.LegacyEnv[i].Name == name {
			return &knowledge.LegacyEnv[i]
		}
	}
	return nil
}

// handled reports whether f's own code also reads a fallback of v (an
// environment variable or a function that supplies the same value): it
// handles v's absence.
func handled(pass *analysis.Pass, f *funcmodel.Func, v *knowledge.LegacyEnvVar) bool {
	if !v.HasFallbacks() {
		return false
	}
	found := false
	f.Inspect(func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		name, isEnv := envName(pass, call)
		found = v.SuppliedBy(knowledge.Callee(pass.TypesInfo, call)) || isEnv && slices.Contains(v.Fallbacks, name)
		return !found
	})
	return found
}
