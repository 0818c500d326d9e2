// Package funcmodel defines an Analyzer that computes the function model
// shared by every fnlint analyzer: which functions of a package are entry
// points of a serverless function, which code they reach, and which code
// runs at cold start.
//
// # Analyzer funcmodel
//
// funcmodel: find entry points and the code they reach (reports nothing)
//
// The platform runs a function instance's global scope (package-level
// initializers and init) once, at cold start, and then invokes an entry
// point for every request or event. The rules of the execution
// environment apply to different code: an invocation may not exit the
// process or leave work running after it returns, while cold-start code
// may not start background work at all. The function model tells every
// fnlint analyzer which code is which.
//
// Entry points, each with a kind (http, cloudevent, background, typed,
// lambda) and a name:
//
//   - functions-framework-go registrations anywhere in a non-main
//     package: functions.HTTP, functions.CloudEvent, functions.Typed, and
//     the legacy funcframework.RegisterHTTPFunction[Context],
//     RegisterEventFunction[Context] and RegisterCloudEventFunctionContext.
//     The function argument may be a named function, a method value, a
//     function literal, a variable given one of those once, a conversion
//     such as http.HandlerFunc(f), or a wrapper call such as
//     withCORS(handle): then the functions passed to the wrapper are entry
//     points, and so are the literals the wrapper returns when it is
//     declared in the same package.
//   - 1st-gen functions, in a non-main package at the root of a module
//     that registers nothing: exported functions with the HTTP signature
//     func(http.ResponseWriter, *http.Request), the CloudEvent signature
//     func(context.Context, event.Event) error, or the background
//     signature func(context.Context, T) error with T a struct, a pointer
//     to a struct, or a map.
//   - AWS Lambda handlers passed to lambda.Start, StartWithOptions,
//     StartWithContext or StartHandlerFunc, and the Invoke method of a
//     handler passed to StartHandler (Lambda handlers live in main
//     packages, so these count there).
//   - Functions named with the -funcmodel.entry flag, as
//     importpath.Func or importpath.Type.Method, for registration code
//     fnlint does not know.
//
// Function code is every body an entry point reaches within the package:
// static calls, concrete method calls, method values and function values
// passed on, and every function literal inside reached code. Code in
// other packages of the module is judged through analysis facts that each
// analyzer computes for every function (see Model.Propagate). Cold-start
// code is the init functions, the package-level initializers, and what
// they call; it is judged only in packages that declare entry points (the
// initialization of a library is not a function instance's cold start).
// Test files, main packages (except for Lambda handlers) and
// code reached only from main are not function code. Dependencies from
// the module cache and the standard library are described by fnlint's
// knowledge tables and are not modelled.
//
// Known blind spots: calls through interface methods and through function
// values stored in fields are not followed; a handler stored in a
// variable assigned more than once is not resolved; 1st-gen detection
// needs module information (go.mod).
package funcmodel
