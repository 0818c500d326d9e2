// Package osexit defines an Analyzer that reports calls that terminate
// the process from serverless function code.
//
// # Analyzer osexit
//
// osexit: report process exits in function code
//
// The platform's rule (docs/platform.md, "Process exits and crashes"): "Do not
// use os.Exit()". An HTTP function sends its response and an event
// function returns; a process exit or a crash may restart the instance,
// which costs more cold starts and higher latency, and the invocation in
// flight is lost. functions-framework-go recovers a panic on the handler
// goroutine and answers 500, but it cannot recover os.Exit, log.Fatal, or
// a panic in another goroutine: all of them kill the instance, together
// with every other request it is serving concurrently.
//
// On AWS Lambda (docs/platform.md, "AWS Lambda") os.Exit and log.Fatal
// end the runtime process: the invocation fails with Runtime.ExitError
// instead of the handler's error, and the next invocation pays a cold
// start. aws-lambda-go recovers a panic on the handler goroutine and
// reports it as the invocation's error (and then ends the process too,
// which its response to a panic asks for); it cannot recover a panic in
// another goroutine. The messages say what holds for the platform of
// the entry points reaching the exit.
//
// osexit reports, in function code (see the funcmodel analyzer), calls of
// os.Exit, syscall.Exit, log.Fatal*, (*log.Logger).Fatal*, the fatal calls
// of logrus, zap, zerolog (Fatal() events), klog and glog, flag.Parse and
// (*flag.FlagSet).Parse on a set created with flag.ExitOnError, and calls
// of functions of other packages of the module that may do so, naming the
// chain: "calls config.MustEnv, which calls log.Fatalf"; and calls of
// functions of third-party modules that no table lists and whose code
// may exit (log.ErrorExit of github.com/cybozu-go/log, which calls
// os.Exit), derived from their code. Such a call, or the registration
// of an entry point of another package that exits, is reported where
// it lies, the declaration of the function called being the finding's
// related position. fnlint's command (and -sarif) first finds which
// functions of other packages among those it analyzes the entry points
// reach: an exit in such a helper is reported
// in the helper, where the fix goes, worded for the platforms of the
// entry points reaching it, the call that reaches it from the entry
// point's package (naming the entry point) being the related position,
// and not again at the calls; an exit under a test of a parameter of the helper (if
// cfg.Exit) stays reported at the calls whose arguments make the test
// true. Under go vet and golangci-lint, which see one package at a
// time, and in the language server, which analyzes the directory of the
// file edited, the calls report it.
//
// A second rule, a pass of its own under the same name, reports a panic
// in a goroutine started from function code, or in the code that
// goroutine calls, unless the goroutine defers a recover; the statement
// that starts the goroutine is the related position. It shares the
// name because its consequence is the same (the instance ends), so
// that the ignore directives naming osexit and the -osexit.panic option
// that users already have keep working.
//
// Bad:
//
//	func Hello(w http.ResponseWriter, r *http.Request) {
//		var req Request
//		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
//			log.Fatalf("decode: %v", err)
//		}
//		...
//	}
//
// Good:
//
//	func Hello(w http.ResponseWriter, r *http.Request) {
//		var req Request
//		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
//			log.Printf("decode: %v", err)
//			http.Error(w, "bad request", http.StatusBadRequest)
//			return
//		}
//		...
//	}
//
// The remedy in each message is the one that fits where the exit lies,
// and the one the suggested fix applies where there is one: a function
// with an http.ResponseWriter responds with http.Error, or only returns
// when every path to the exit has already written the response (and
// says "unless the response is already written" when some paths have); a
// helper without one returns an error to the handler, which responds
// (or, for an event function, returns it); cold-start code (reported
// with -osexit.coldstart) keeps the error for the function to respond
// with or return, since init cannot respond.
//
// Where the exit lies directly in the body of an entry point, as a
// statement of its own, a suggested fix replaces it, when the result is
// right on every path to the exit:
//
//   - in an HTTP function: a log line of the same arguments (for a
//     logger, its non-fatal sibling: Printf, Errorf), http.Error with
//     status 500, and return. When every path to the exit has already
//     written the response (http.Error, w.Write, w.WriteHeader,
//     fmt.Fprint* or io.WriteString to w), the fix only logs and
//     returns: a second response would only append to the first; a
//     helper that writes on every path counts as writing. When some
//     paths have written it, or may have (json.NewEncoder(w).Encode
//     writes nothing when the value does not marshal; w given to a
//     helper that writes on some paths or that fnlint cannot see into,
//     a deferred call or a closure), no fix is right on all of them and
//     none is offered. Whether the response is written is answered by
//     the execution model's response analysis (model/respond), the one
//     missingresponse reads, so the two agree;
//   - in an event function that returns only an error: the return of an
//     error with the same message, formatted as the exit formats it
//     (fmt.Errorf for Fatalf; Sprint's spacing for Fatal; Sprintln's,
//     without the newline, for Fatalln), or the error itself for
//     log.Fatal(err) directly under if err != nil.
//
// Exits that follow one another in a statement list are one group with
// one fix (the later ones never run), which keeps the first's message.
// No fix is offered when any statement but a return follows the group,
// since the new return would make it unreachable (go vet reports
// unreachable code), nor when the fix would delete the last use of a
// local variable or a comment. The trailing comment of a line whose
// code is all exits is dropped with them: it described the exit
// (// exits the instance), which the fix removes, and kept beside the
// new code it would say something false. A trailing comment after other
// code on the line stays. No fix is offered for os.Exit in an event
// function (there is no message to keep) or for handlers with other
// results.
//
// Not reported: main packages (a local development server may exit),
// tests, code no entry point reaches, and cold-start code (init and
// package initializers: a failure there stops the instance before it
// serves, which is sometimes intended). The flag -osexit.coldstart
// reports cold-start exits too. A panic on the handler goroutine is
// answered 500 by the framework and is reported only with -osexit.panic.
//
// To silence a deliberate exit, move it to cold-start code, where a
// failed start is the platform's business, or out of the code an entry
// point reaches.
//
// Known blind spots: exits reached through interface method calls or
// function values stored in fields; panics in goroutines started in
// another package; a flag set whose error handling is not a constant;
// an exit in a function that a call returns (lazy := settings.Lazy(),
// which returns a sync.OnceValue result) or that an exported function
// variable of a dependency's module holds (settings.Load, a
// sync.OnceValue result, is followed only when its package is of the
// function's own module).
package osexit
