package ctxbackground

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/ctxorigin"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// fieldContext is the effect of a function with no invocation's context
// in scope that gives a call the context in a field or package-level
// variable of its package that parameters of exported constructors
// give (func NewRepo(ctx context.Context) *Repo { return &Repo{ctx:
// ctx} }): what it holds is decided where the constructors are called,
// in the packages that import this one (a dependency-injection
// container in main).
type fieldContext struct {
	Pkg    string         // the path of the package of the field or variable
	Var    string         // the field or variable, as an objectpath in its package
	Name   string         // its name, for messages
	Callee string         // the call given its context
	At     token.Position // where
	Trace  bool           // the call sends AWS the context's Lambda trace id (see traceLost)
}

func (fieldContext) Label() string {
	return "has no context and uses the context a constructor stores in"
}
func (c fieldContext) String() string { return c.Name + " to " + c.Callee }

// ctorField returns the field or package-level variable of this
// package that arg loads, when the parameters of exported constructors
// give it its values (see ctxorigin.Tracer.Constructors).
func ctorField(pass *analysis.Pass, tr *ctxorigin.Tracer, arg ast.Expr) *types.Var {
	var v *types.Var
	switch e := ast.Unparen(arg).(type) {
	case *ast.SelectorExpr:
		if sel, ok := pass.TypesInfo.Selections[e]; ok && sel.Kind() == types.FieldVal {
			v, _ = sel.Obj().(*types.Var)
		}
	case *ast.Ident:
		v, _ = pass.TypesInfo.Uses[e].(*types.Var)
	}
	if v == nil || v.Pkg() != pass.Pkg || len(tr.Constructors(v)) == 0 {
		return nil
	}
	return v
}

// reportField reports the call e of a function of another package that
// has no context parameter and gives a call the context in a field that
// its constructors' parameters give, when this package's calls of the
// constructors give it a root: the service wired with
// repo.NewBuilt(context.Background()) in main and called by the
// handler.
//
// For a field, the call's receiver or an argument that holds it (the
// value the method or function reads the field of) must be built by
// this package's own calls of the constructors: a value of another
// origin (wire.For(ctx).Get(id), a parameter) holds what its builder
// gave it, which this package's calls do not tell.
func reportField(pass *analysis.Pass, m *funcmodel.Model, tr *ctxorigin.Tracer, f *funcmodel.Func, e funcmodel.Edge) {
	ch, ok := effects.Imported[fieldContext](pass, m, e.Callee)
	if !ok {
		return
	}
	v := effects.LookupVar(pass, ch.Cause.Pkg, ch.Cause.Var)
	if v == nil {
		return
	}
	o := tr.Holds(v)
	if o.Kind != ctxorigin.Root || o.Derived {
		return
	}
	// The root made where the call's receiver (or argument) was built,
	// when it was: the context.Background() of the constructor call
	// that built it, not of another.
	made := o.Root
	if v.IsField() {
		carriers := holders(pass, e.Call, v)
		if len(carriers) == 0 {
			return
		}
		ctors := tr.Constructors(v)
		for i, x := range carriers {
			built := tr.Built(f, x, ctors)
			if len(built) == 0 {
				return
			}
			if i == 0 {
				if r := tr.GivenRoot(built[0], ctors); r != nil {
					made = r
				}
			}
		}
	}
	name := knowledge.ShortName(e.Callee)
	root := o.RootName(pass.TypesInfo)
	held := "the package-level variable " + v.Name()
	if v.IsField() {
		held = "the field " + v.Name()
	}
	d := analysis.Diagnostic{
		Pos: e.Node.Pos(), End: e.Node.End(),
		Message: fmt.Sprintf("%s, which has no context parameter and passes the context in %s, which holds %s, to %s: that call loses the invocation's deadline and can run past the function's timeout%s; give %s a context.Context parameter and pass the invocation's context",
			effects.Explain(append([]string{name}, ch.Path...)), held, root, ch.Cause.Callee, traceLost(m.PlatformOf(f), ch.Cause.Trace), name),
	}
	if made != nil {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: made.Pos(), End: made.End(), Message: root + " is made here and given to the constructor"})
	}
	if at := effects.Pos(pass, ch.Cause.At); at.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: at, Message: "the context in " + ch.Cause.Name + " is given to " + ch.Cause.Callee + " here"})
	}
	pass.Report(d)
}

// holders returns the receiver and arguments of call whose values hold
// field v, directly or through embedded fields. The receiver of an
// interface method call (container.loader.Get(id), resolved by the
// execution model from the types stored in container.loader) is one
// too: Built then asks that every value stored there is a result of
// the constructors.
func holders(pass *analysis.Pass, call *ast.CallExpr, v *types.Var) []ast.Expr {
	exprs := call.Args
	var out []ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodVal {
			if types.IsInterface(s.Recv()) {
				out = append(out, sel.X)
			} else {
				exprs = append([]ast.Expr{sel.X}, exprs...)
			}
		}
	}
	for _, x := range exprs {
		t := pass.TypesInfo.TypeOf(x)
		if t == nil {
			continue
		}
		if obj, _, _ := types.LookupFieldOrMethod(t, true, v.Pkg(), v.Name()); obj != nil {
			if w, ok := obj.(*types.Var); ok && w.Origin() == v.Origin() {
				out = append(out, x)
			}
		}
	}
	return out
}
