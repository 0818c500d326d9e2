// Package procstate defines an Analyzer that reports process-wide state
// written by function code and Lambda trace ids read from the
// environment.
//
// # Analyzer procstate
//
// procstate: report process-wide state written per invocation
//
// The platforms' rule (docs/platform.md, "The execution model" and
// "AWS Lambda", "Concurrency"): Cloud Run functions (2nd gen) "can serve
// several requests at once on one instance" (a per-function setting, up
// to 1000); a default Lambda execution environment runs one invocation
// at a time and keeps its process for the next, and on Lambda Managed
// Instances aws-lambda-go runs AWS_LAMBDA_MAX_CONCURRENCY handlers
// concurrently in one process. So everything process-wide is shared
// state, not only package-level variables: the environment (os.Setenv),
// the working directory (os.Chdir), the standard logger's settings,
// http.DefaultClient and http.DefaultTransport. AWS's guidance for
// Managed Instances lists "no mutable global state, no
// environment-variable mutation during requests". A value written on
// one invocation is seen by the invocations running beside it and by
// the ones after it: a caller's identity put in the environment and
// read back by a logger is logged for another caller's request.
//
// procstate reports, in code that an entry point (see the funcmodel
// analyzer) runs on every invocation, a call of os.Setenv,
// os.Unsetenv, os.Clearenv, syscall.Setenv, os.Chdir, log.SetOutput,
// log.SetPrefix or log.SetFlags, and an assignment to
// http.DefaultClient, http.DefaultTransport or a field reached from
// them (http.DefaultClient.Timeout = d,
// http.DefaultTransport.(*http.Transport).MaxIdleConns = n); and a
// call of a function of another package of the module that makes such
// a write ("calls env.Apply, which calls os.Setenv"); not such a call
// when the helper writes only inside `if opts.Proxy {...}` (a boolean,
// pointer, string or number parameter, or a field of one, tested for a
// non-zero value) and the call passes a value that makes the test
// false: false, nil, a zero constant, or a struct literal that omits
// the field or sets it to zero (env.Apply(&env.Options{Region: "eu"})
// never writes; see the effects engine for the exact rules). Writes at cold
// start (init, package-level initializers, a Lambda main before
// lambda.Start) and in a once-only initializer (sync.Once) happen once
// per instance and are not reported; nor is a write of constants only
// (os.Setenv("TZ", "UTC"), log.SetFlags(0), http.DefaultClient.Timeout
// = 10 * time.Second), which writes the same value on every invocation
// and so leaks nothing from one to another (os.Clearenv, which has no
// argument, is reported). The message says, for the entry point's
// platform, where the value leaks.
//
// procstate also reports, in the code of AWS Lambda entry points and
// at their cold start, a read of _X_AMZN_TRACE_ID with os.Getenv,
// os.LookupEnv or syscall.Getenv (same section): aws-lambda-go sets
// the variable for the invocation running only when the environment
// runs one invocation at a time (it stops setting it when
// AWS_LAMBDA_MAX_CONCURRENCY is above 1), and at cold start no
// invocation has begun. The invocation's trace id is in the context
// the runtime gives the handler, under the key "x-amzn-trace-id". On a
// default execution environment the variable read in the handler is
// right; the finding matters for a function that runs, or may come to
// run, on Managed Instances, and the context's value is right on both.
//
// There is no suggested fix: what replaces a write (a parameter, a
// value in the context, a client of one's own) depends on who reads
// it.
//
// Bad:
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		os.Setenv("CALLER", r.Header.Get("X-User"))
//		log.SetPrefix(r.Header.Get("X-Request-Id") + " ")
//		...
//	}
//
//	func handler(ctx context.Context, ev Event) error {
//		traceID := os.Getenv("_X_AMZN_TRACE_ID")
//		...
//	}
//
// Good:
//
//	func init() { log.SetFlags(log.LstdFlags | log.Lmicroseconds) } // once, at cold start
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		ctx := context.WithValue(r.Context(), callerKey{}, r.Header.Get("X-User"))
//		logger := log.New(os.Stderr, r.Header.Get("X-Request-Id")+" ", log.LstdFlags)
//		...
//	}
//
//	func handler(ctx context.Context, ev Event) error {
//		traceID, _ := ctx.Value("x-amzn-trace-id").(string)
//		...
//	}
//
// To silence a deliberate case (a function deployed with one request
// per instance that relies on it), use //fnlint:ignore procstate with
// the reason.
//
// Known blind spots: a constant written to a field of
// http.DefaultClient or http.DefaultTransport on every invocation races
// with the requests in flight on Cloud Run functions, but is not
// reported; writes through an alias (c := http.DefaultClient;
// c.Timeout = d, or t := http.DefaultTransport.(*http.Transport) and
// then t's fields), through log.Default() or a method value of the
// standard logger; writes that third-party libraries make (their code
// is not judged); fixed file names under the temp directory written per
// invocation (see tmpfile for what it covers); the trace id read by a
// name that is not a constant or from os.Environ(); and code that no
// entry point reaches, such as a local development server's main.
// A helper's condition is followed only as an if around the write:
// an early return (if !opts.Proxy { return }), an else branch, a
// switch or a negated test leaves the call reported whatever the
// arguments. In the entry point's own package a write under such a
// condition is not reported when every call of its function makes the
// condition false; one call that does not decide it (or a use of the
// function as a value) reports the write.
package procstate
