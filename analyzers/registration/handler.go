package registration

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// checkHandler reports the handler argument of a call of aws-lambda-go
// (lambda.Start, StartWithOptions, StartWithContext, NewHandler,
// NewHandlerWithOptions: the functions that take the handler as an
// interface{} and check it when they run) whose static type aws-lambda-go
// rejects. Only a type known in full is judged: an interface value's
// dynamic type is not.
func checkHandler(pass *analysis.Pass, call *ast.CallExpr) {
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn == nil {
		return
	}
	i := -1
	if reg, ok := knowledge.RegistrationOf(fn); ok && reg.Kind == knowledge.Lambda {
		i = reg.FuncArg
	} else if w, ok := knowledge.HandlerWrapperOf(fn); ok {
		i = w
	}
	sig := fn.Signature()
	if i < 0 || i >= len(call.Args) || i >= sig.Params().Len() || !isEmptyInterface(sig.Params().At(i).Type()) {
		return // a handler typed by the signature: the compiler checks it
	}
	handler := lambdaHandler(fn.Pkg())
	if handler == nil {
		return
	}
	arg := call.Args[i]
	tv, ok := pass.TypesInfo.Types[arg]
	if !ok {
		return
	}
	var problem string
	if tv.IsNil() {
		problem = "a nil handler; aws-lambda-go rejects it (\"handler is nil\")"
	} else {
		problem = rejected(tv.Type, handler, qualifier(pass.Pkg))
	}
	if problem == "" {
		return
	}
	d := analysis.Diagnostic{
		Pos: arg.Pos(), End: arg.End(),
		Message: fmt.Sprintf("%s is given %s, so every invocation of the Lambda function fails with that error; %s",
			knowledge.ShortName(fn), problem, remedy),
	}
	if h := declared(pass.TypesInfo, arg); h != nil {
		// The other end: the signature to change.
		d.Related = []analysis.RelatedInformation{{Pos: h.Pos(), End: h.Pos() + token.Pos(len(h.Name())), Message: h.Name() + " is declared here"}}
	}
	pass.Report(d)
}

// declared returns the function or method of the analyzed code that the
// handler argument names (handle, pkg.Handle, s.Handle), or nil.
func declared(info *types.Info, arg ast.Expr) *types.Func {
	var id *ast.Ident
	switch e := ast.Unparen(arg).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	}
	if id == nil {
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	if fn == nil || !fn.Pos().IsValid() {
		return nil
	}
	return fn
}

const remedy = "pass a func([context.Context, ]Event) ([Response, ]error), or a value with lambda.Handler's Invoke method"

// lambdaHandler returns the lambda.Handler interface of aws-lambda-go's
// lambda package, or nil.
func lambdaHandler(pkg *types.Package) *types.Interface {
	if pkg == nil {
		return nil
	}
	obj, ok := pkg.Scope().Lookup("Handler").(*types.TypeName)
	if !ok {
		return nil
	}
	iface, _ := obj.Type().Underlying().(*types.Interface)
	return iface
}

// rejected returns what aws-lambda-go's handler validation (lambda
// package, reflectHandler, handlerTakesContext, validateReturns, the same
// in v1.40 to v1.47) finds wrong with a handler of static type t, or ""
// when it accepts it or t is not known in full. The rules: a value
// with the Handler interface's Invoke method is used as it is; any
// other must be a function; of at most two arguments, the first of two
// being the context (an interface that context.Context implements and
// that implements it), a lone interface argument being the context or
// an empty interface (the event); of at most two results, the last being
// an error when there is one.
func rejected(t types.Type, handler *types.Interface, qf types.Qualifier) string {
	if types.IsInterface(t) {
		return "" // its dynamic type decides; a type parameter too
	}
	if types.Implements(t, handler) {
		return ""
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		if !isPointer(t) && types.Implements(types.NewPointer(t), handler) {
			return fmt.Sprintf("a value of type %s, neither a function nor a lambda.Handler: its Invoke method has a pointer receiver, so aws-lambda-go rejects the value (pass a pointer)", types.TypeString(t, qf))
		}
		return fmt.Sprintf("a value of type %s, neither a function nor a lambda.Handler; aws-lambda-go rejects it (\"handler kind ... is not func\")", types.TypeString(t, qf))
	}
	if sig.Variadic() {
		return "" // reflect calls a variadic function with its own rules: not judged
	}
	ctx := contextType(handler)
	params, results := sig.Params(), sig.Results()
	switch params.Len() {
	case 0:
	case 1:
		p := params.At(0).Type()
		if isTypeParam(p) || !types.IsInterface(p) || p.Underlying().(*types.Interface).Empty() {
			break // the event
		}
		if ctx == nil {
			return ""
		}
		if !isContext(p, ctx) {
			return fmt.Sprintf("a handler whose only argument is the interface %s, which aws-lambda-go takes for the context and rejects because it is not context.Context", types.TypeString(p, qf))
		}
	case 2:
		p := params.At(0).Type()
		if isTypeParam(p) || ctx == nil && types.IsInterface(p) {
			return ""
		}
		if !types.IsInterface(p) || !isContext(p, ctx) {
			return fmt.Sprintf("a handler of two arguments whose first, %s, is not context.Context; aws-lambda-go rejects it", types.TypeString(p, qf))
		}
	default:
		return fmt.Sprintf("a handler of %d arguments; aws-lambda-go accepts at most two (the context, then the event) and rejects it", params.Len())
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	switch results.Len() {
	case 0:
	case 1, 2:
		r := results.At(results.Len() - 1).Type()
		if isTypeParam(r) || types.Implements(r, errType) {
			break
		}
		if results.Len() == 1 {
			return fmt.Sprintf("a handler whose only result, %s, is not an error; aws-lambda-go takes a lone result for the error and rejects it", types.TypeString(r, qf))
		}
		return fmt.Sprintf("a handler of two results whose second, %s, is not an error; aws-lambda-go rejects it", types.TypeString(r, qf))
	default:
		return fmt.Sprintf("a handler of %d results; aws-lambda-go accepts at most two (the response, then an error) and rejects it", results.Len())
	}
	return ""
}

// contextType returns the context.Context interface, as the first
// parameter of the Handler interface's Invoke method declares it, or nil.
func contextType(handler *types.Interface) *types.Interface {
	for i := range handler.NumMethods() {
		m := handler.Method(i)
		if m.Name() != "Invoke" || m.Signature().Params().Len() == 0 {
			continue
		}
		ctx, _ := m.Signature().Params().At(0).Type().Underlying().(*types.Interface)
		return ctx
	}
	return nil
}

// isContext reports whether the interface type t is context.Context as
// aws-lambda-go tests it: each implements the other.
func isContext(t types.Type, ctx *types.Interface) bool {
	iface, ok := t.Underlying().(*types.Interface)
	return ok && types.Implements(ctx, iface) && types.Implements(t, ctx)
}

func isEmptyInterface(t types.Type) bool {
	if isTypeParam(t) {
		return false
	}
	iface, ok := t.Underlying().(*types.Interface)
	return ok && iface.Empty()
}

func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

// qualifier writes the types of other packages as their names say them:
// events.SQSEvent.
func qualifier(pkg *types.Package) types.Qualifier {
	return func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
}
