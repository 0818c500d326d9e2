package smtp25

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports outbound connections to port 25.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "smtp25",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.Fact[port25])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// port25 is the effect of connecting to port 25.
type port25 struct {
	Func string // the function that dials, "net.Dial"
}

func (port25) Label() string    { return "dials port 25 via" }
func (p port25) String() string { return p.Func }

const remedy = "the platform blocks outbound connections on port 25; use port 587 with authentication or a mail API"

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	spec := effects.Spec[port25]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (port25, bool) {
			if call, ok := c.Node().(*ast.CallExpr); ok && dialsPort25(pass, m, call) {
				return port25{knowledge.ShortName(knowledge.Callee(pass.TypesInfo, call))}, true
			}
			return port25{}, false
		},
		Carry: funcmodel.Edge.Runs,
	}
	judge := func(f *funcmodel.Func) bool { return f.FunctionCode() || f.ColdStart() }
	for _, s := range effects.Run[port25](pass, m, spec, judge) {
		if s.Path != nil {
			pass.Report(analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(),
				Message: fmt.Sprintf("%s, which calls %s to port 25: %s", s.Via(), s.Cause, remedy),
				Related: s.Declared(fmt.Sprintf("calls %s to port 25", s.Cause))})
		} else {
			pass.Report(analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(),
				Message: s.Name + " connects to port 25: " + remedy})
		}
	}
	return nil
}

// dialsPort25 reports whether call connects over TCP to an address whose
// port is 25.
func dialsPort25(pass *analysis.Pass, m *funcmodel.Model, call *ast.CallExpr) bool {
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	d, ok := knowledge.DialOf(fn)
	if !ok || d.Addr >= len(call.Args) {
		return false
	}
	if d.Network >= 0 {
		network, ok := funcmodel.ConstString(pass.TypesInfo, call.Args[d.Network])
		if !ok || !strings.HasPrefix(network, "tcp") {
			return false
		}
	}
	return isPort25(pass, m, call.Args[d.Addr], 0)
}

// isPort25 reports whether the address expression e has port 25: a
// constant, net.JoinHostPort with a constant port, fmt.Sprintf with a
// constant format ending in ":25", a concatenation ending in ":25", or a
// variable given one of those once.
func isPort25(pass *analysis.Pass, m *funcmodel.Model, e ast.Expr, depth int) bool {
	if depth > 8 {
		return false
	}
	if s, ok := funcmodel.ConstString(pass.TypesInfo, e); ok {
		_, port, err := net.SplitHostPort(s)
		return err == nil && smtpPort(port)
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := pass.TypesInfo.Uses[e].(*types.Var); ok {
			if value := m.ValueOf(v); value != nil {
				return isPort25(pass, m, value, depth+1)
			}
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			suffix, _ := constSuffix(pass, m, e, depth)
			return endsWithPort25(suffix)
		}
	case *ast.CallExpr:
		fn := knowledge.Callee(pass.TypesInfo, e)
		if i, ok := knowledge.HostPortJoinOf(fn); ok {
			if i < len(e.Args) {
				port, ok := funcmodel.ConstString(pass.TypesInfo, e.Args[i])
				return ok && smtpPort(port)
			}
		} else if i, ok := knowledge.SprintfOf(fn); ok {
			if i < len(e.Args) {
				format, ok := funcmodel.ConstString(pass.TypesInfo, e.Args[i])
				if !ok {
					return false
				}
				if endsWithPort25(format) {
					return true
				}
				// "%s:%d" with a constant last operand.
				if (strings.HasSuffix(format, ":%d") || strings.HasSuffix(format, ":%v") || strings.HasSuffix(format, ":%s")) && len(e.Args) >= i+2 {
					last := e.Args[len(e.Args)-1]
					if tv := pass.TypesInfo.Types[last]; tv.Value != nil {
						return smtpPort(strings.Trim(tv.Value.ExactString(), `"`))
					}
				}
			}
		}
	}
	return false
}

// constSuffix returns the constant text at the end of a concatenation,
// following single-assignment variables, and whether the whole
// expression is that constant text.
func constSuffix(pass *analysis.Pass, m *funcmodel.Model, e ast.Expr, depth int) (string, bool) {
	if s, ok := funcmodel.ConstString(pass.TypesInfo, e); ok {
		return s, true
	}
	if depth > 8 {
		return "", false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			right, whole := constSuffix(pass, m, e.Y, depth+1)
			if !whole {
				return right, false
			}
			left, whole := constSuffix(pass, m, e.X, depth+1)
			return left + right, whole
		}
	case *ast.Ident:
		if v, ok := pass.TypesInfo.Uses[e].(*types.Var); ok {
			if value := m.ValueOf(v); value != nil {
				return constSuffix(pass, m, value, depth+1)
			}
		}
	}
	return "", false
}

func endsWithPort25(s string) bool {
	return strings.HasSuffix(s, ":25") || strings.HasSuffix(s, ":smtp")
}

func smtpPort(port string) bool { return port == "25" || port == "smtp" }
