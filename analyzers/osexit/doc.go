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
// os.Exit), derived from their code. It also reports a
// panic in a goroutine started from function code, unless that
// goroutine defers a recover.
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
// Where the exit lies directly in the body of an entry point, a
// suggested fix replaces it: in an HTTP function by a log line of the
// same arguments (for a logger, its non-fatal sibling: Printf, Errorf),
// http.Error with status 500, and return; in an event function that
// returns only an error, by returning an error with the same message. No
// fix is offered for os.Exit in an event function (there is no message
// to keep) or for handlers with other results.
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
// another package; a flag set whose error handling is not a constant.
package osexit
