// Package globalmutation defines an Analyzer that reports unsynchronized
// writes to package-level state from serverless function code.
//
// # Analyzer globalmutation
//
// globalmutation: report unsynchronized writes to globals in function code
//
// The platform's rules (docs/platform.md, "The execution model"):
// instances are reused, and 2nd gen serves several requests at once on one
// instance, so globals are touched by concurrent goroutines and must be
// thread-safe; and no invocation may rely on state an earlier invocation
// left in memory, because the next invocation may land on another
// instance that never saw it. Caching clients in globals is recommended;
// mutating globals per request is a data race and a logic error.
//
// On AWS Lambda (docs/platform.md, "AWS Lambda") a default execution
// environment runs one invocation at a time: a global written by the
// handler is not raced but leaks into the next invocation of the
// environment, and other environments never see it. On Lambda Managed
// Instances aws-lambda-go runs up to AWS_LAMBDA_MAX_CONCURRENCY handlers
// at once in one process, and the write is a data race as on Cloud Run
// functions. The messages say what holds for the platform of the entry
// points that reach the write; an unsynchronized lazy initialization
// is harmless in a default environment and a race on Managed Instances,
// and its message says so.
//
// Where deployment files (see docs/deploy.md) say how many invocations
// an instance serves at once for every deployment of every entry point
// that reaches the write, the message says which of the two happens, and
// names the deployment as a related position: "as deployed, an instance
// serves several invocations at once, so they race on it" for an explicit
// concurrency above 1 (--concurrency, max_instance_request_concurrency),
// gcloud run deploy --function's default of 80, or Lambda Managed
// Instances with PerExecutionEnvironmentMaxConcurrency above 1; "it does
// not race but leaks into the next invocation", with the remedy of local
// variables alone, for 1st gen, gcloud functions deploy or the Cloud
// Functions v2 API without a concurrency (their default is 1), an
// explicit 1, or a classic Lambda function declared in a SAM or
// CloudFormation template or Terraform's aws_lambda_function. Without a
// deployment, with a value that cannot be read (a variable), a default
// that depends on what is not written (gcloud functions deploy naming no
// generation, Managed Instances without a concurrency, serverless.yml,
// whose capacity providers are not read) or deployments that disagree,
// the message covers both cases.
//
// globalmutation reports, in function code that runs on every invocation
// (see the funcmodel analyzer), writes to package-level variables:
// assignment and op-assignment (n++, n += x), map stores and delete on a
// package-level map, append back into a package-level slice, and writes to
// fields or elements reached through a package-level variable
// (cfg.Debug = true). The unsynchronized lazy initialization
// if client == nil { client = ... } gets its own message suggesting
// sync.OnceValues. Writes in helpers of the package are reported at the
// write; helpers of other packages of the module are reported at the call
// from function code, through facts ("calls config.Set, which writes
// config.current"), except under fnlint's command (and -sarif), which
// first finds which functions of other packages among those it
// analyzes the entry points reach: a write in such a helper is
// reported at the write, with the call that reaches it from the entry
// point's package as related position, and not again at the calls
// (a write whose test depends on the helper's parameters stays at the
// calls that decide it).
//
// Not reported: writes while a sync.Mutex or sync.RWMutex is held (Lock
// ... Unlock, or defer Unlock), including in helpers every call of which
// holds a lock; code that runs once per instance (cold start, and code
// reached only through sync.Once.Do and sync.OnceFunc/OnceValue(s));
// sync/atomic, atomic types, sync.Map and channels (they are calls, not
// writes); local variables that shadow a global; and a write of the same
// constant on every invocation (zerolog.TimeFieldFormat =
// zerolog.TimeFormatUnix, mode = "fast"), as procstate judges its
// setters: a constant expression assigned to a package-level variable
// of basic type itself, under no condition of its function, where every
// store of the variable in the package's function code is that same
// constant. Nothing leaks into the next invocation, and concurrent
// writes store what is already there. A constant written only on some
// invocations (if ... { debug = true }), different constants written in
// different places, and constants written into an element or field of a
// global are reported.
//
// Bad:
//
//	var requests int
//
//	func Count(w http.ResponseWriter, r *http.Request) {
//		requests++
//		fmt.Fprintln(w, requests)
//	}
//
// Good:
//
//	var requests atomic.Int64
//
//	func Count(w http.ResponseWriter, r *http.Request) {
//		fmt.Fprintln(w, requests.Add(1))
//	}
//
// (and durable counts belong in Firestore or Memorystore, not in memory).
//
// Known blind spots: a constant written after an early return counts as
// written on every invocation, and stores of the same variable in
// other packages of the module are not compared; writes through
// pointers taken to a global (p :=
// &global; p.x = 1) and through methods with pointer receivers on a global
// are not seen; a write under a read lock (RLock) counts as synchronized;
// a lock held by the caller of a helper in another package is not seen;
// writes that a third-party module makes to its own globals (a
// configuration library's Set) are not derived from its code: whether
// the library guards them is its own design, which fnlint does not
// judge.
package globalmutation
