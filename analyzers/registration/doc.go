// Package registration defines an Analyzer that reports registrations
// of entry points that the frameworks reject when the function starts.
//
// # Analyzer registration
//
// registration: report registrations the frameworks reject at run time
//
// The platforms' rules (docs/platform.md, "Registration" and "AWS
// Lambda"): functions-framework-go keeps one registry of function names
// per process, and functions.HTTP, functions.CloudEvent and
// functions.Typed call log.Fatalf when the name they are given is
// already registered ("function name already registered"). Registration
// runs in init, at cold start: every instance of the function dies before
// it serves a request, and the platform keeps starting new ones. On AWS
// Lambda, lambda.Start (StartWithOptions, StartWithContext, NewHandler,
// NewHandlerWithOptions) takes the handler as an interface{} and checks
// it when it runs: a value that is neither a function nor a
// lambda.Handler, or a function whose signature aws-lambda-go does not
// accept, becomes a handler that fails every invocation with the reason.
//
// registration reports, in the package's non-test files:
//
//   - a functions.HTTP, CloudEvent or Typed call, a statement of the body
//     of an init function, whose name is a constant that an earlier such
//     call of the package registered (in source order, the files in the
//     order the compiler reads them), at its name, naming the first; not
//     in a main package, a local development server the platform never
//     runs;
//   - the handler argument of lambda.Start, StartWithOptions,
//     StartWithContext, NewHandler and NewHandlerWithOptions when its
//     static type is known in full and aws-lambda-go rejects it: nil; a
//     value that is not a function and has no Invoke(context.Context,
//     []byte) ([]byte, error) method (with a hint when only its pointer
//     has one); a function of more than two arguments, of two whose
//     first is not context.Context, or of one that is an interface other
//     than context.Context or an empty interface; a function of more
//     than two results, or whose last result is not an error;
//   - a Function URL of the handler's deployment (fnlint help deploy)
//     whose InvokeMode is not RESPONSE_STREAM (not written, so BUFFERED,
//     or BUFFERED) when the handler streams its response: an
//     http.Handler served by lambdaurl.Start or lambda.Start(
//     lambdaurl.Wrap(h)), or a handler that returns
//     events.LambdaFunctionURLStreamingResponse. aws-lambda-go's lambdaurl
//     supports only RESPONSE_STREAM; a buffered URL gives the caller the
//     streamed status and headers as part of a 200 response's body. It
//     is reported at the URL's InvokeMode (or the URL), related: the
//     handler.
//
// aws-lambda-go's rules, as its lambda package checks them
// (reflectHandler, handlerTakesContext, validateReturns; the same from
// v1.40 to v1.47): a value that implements lambda.Handler is used as it
// is; any other value must be a function. With two arguments the first
// must be context.Context (an interface that context.Context implements
// and that implements it); a lone argument is the event, unless it is a
// non-empty interface, which must then be context.Context. With two
// results the second must implement error; a lone result must implement
// error. No arguments and no results are fine.
//
// Bad:
//
//	func init() {
//		functions.HTTP("orders", listOrders)
//		functions.HTTP("orders", createOrder) // every instance dies at cold start
//	}
//
//	func handler(ctx context.Context, ev events.SQSEvent) string { ... }
//
//	func main() { lambda.Start(handler) } // every invocation fails
//
// Good:
//
//	func init() {
//		functions.HTTP("listOrders", listOrders)
//		functions.HTTP("createOrder", createOrder)
//	}
//
//	func handler(ctx context.Context, ev events.SQSEvent) (string, error) { ... }
//
// Not reported: the funcframework.Register* functions, which register
// by path and check nothing; StartHandler, StartHandlerWithContext and
// StartHandlerFunc, whose handler the compiler checks; an empty name,
// which functions-framework-go v1.9 rejects and v1.6 accepts.
//
// Known blind spots: a Function URL is checked only when the deployment
// ties it to the handler's main package (its code's directory) and its
// InvokeMode is a literal; names that are not constants; registrations in
// helpers that init calls, in conditionals or loops of init, or in other
// functions; the same name registered by two packages linked into one
// function; a handler held in an interface value (any, lambda.Handler)
// whose dynamic type decides; a variadic handler, and arguments or
// results whose type is a type parameter of a generic function.
package registration
