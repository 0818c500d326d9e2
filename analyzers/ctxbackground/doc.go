// Package ctxbackground defines an Analyzer that reports calls in
// function code given context.Background() or context.TODO() where the
// invocation's own context is at hand.
//
// # Analyzer ctxbackground
//
// ctxbackground: report calls that drop the invocation's deadline
//
// The platform's rule (docs/platform.md, "More rules the platforms
// document"): every execution is bounded by the function's timeout.
// functions-framework-go puts that timeout on the request's context
// (r.Context()); an event function's ctx and a Lambda handler's ctx
// carry the invocation's deadline. Work done for this invocation uses
// that context. A call given context.Background() or context.TODO(),
// or a context derived from them (context.WithTimeout(
// context.Background(), d)), has no deadline of the invocation's: it
// can outlive the function's timeout, or hang until the platform kills
// the instance, and it is not cancelled when the caller goes away.
// Google's own context sample says it: calls needed only for this
// invocation use r.Context() or the event function's ctx. On Lambda
// the invocation's context also carries its trace id: the AWS SDK for
// Go v2's recursion-detection middleware reads it from the context
// given to an operation, then from _X_AMZN_TRACE_ID, which the runtime
// sets only while one invocation runs at a time; where several run at
// once (Lambda Managed Instances), an operation given
// context.Background() sends no trace id, and Lambda's
// detection of recursive loops, which relies on it, cannot follow the
// call. The message of a finding in code Lambda entry points reach
// says so when the call is such an operation.
//
// ctxbackground reports, in function code that runs on the invocation's
// goroutine before its entry point returns (see the funcmodel analyzer),
// a call whose context.Context argument comes from context.Background()
// or context.TODO() (or aws.BackgroundContext(), the AWS SDK for Go v1's
// name for context.Background()), straight, derived with context.WithCancel,
// WithDeadline, WithTimeout, WithValue and their Cause variants, or
// through local variables every value of which does, or loaded from a
// struct field or package-level variable every value of which does (a
// repository or service object wired at cold start with
// &Repo{ctx: context.Background()}, by an unexported constructor every
// call of which is given context.Background(), or a package-level
// var ctx = context.Background(); an exported field of another package
// of the module that its own package gives no value counts with the
// values this package gives it: &repo.Store{Ctx: context.Background()}
// in main), in a function that
// has the invocation's context in scope: a context.Context or
// *http.Request parameter of its own or of a function enclosing it (an
// HTTP function's r, a CloudEvent or Lambda handler's ctx, a helper's
// ctx). It reports the same for a call of a function of another package
// of the module that does it ("calls store.Load, which passes
// context.Background() to (*storage.ObjectHandle).NewReader"). And where
// a function with the invocation's context in scope calls a function of
// the module that has none (no context.Context or *http.Request
// parameter) and gives a call context.Background() itself or through
// its own calls, it reports the call of that helper: the context is not
// passed down ("calls store.Detached, which has no context parameter
// and passes context.Background() to ..."); the remedy is a ctx
// parameter. A service wired at cold start and called behind an
// interface counts: the execution model resolves the interface call to
// the types stored in the field or variable (deps{loader:
// &storageService{ctx: context.Background()}} in main), and so does a
// service of another package whose exported constructor keeps the
// context it is given in a field (repo.NewBuilt(context.Background())
// in main, whose Get reads on the field, called directly or behind an
// interface): what the field holds is what the calling package gives
// the constructor, when the call's receiver (or the argument that
// holds the field) is a result of the calling package's own calls of
// the constructor, directly or through its locals, fields and
// package-level variables, and then the related position is where the
// constructor call that built it makes the context; one built
// elsewhere (wire.For(ctx).Get(id), a parameter) is not judged. Where the
// context without the deadline is given in a helper, in this package or
// another of the module, that call is the finding's related position.
//
// The suggested fix replaces context.Background() (or TODO()) with the
// invocation's context when the call's argument holds it and exactly one
// parameter in scope carries that context, under a name not shadowed
// there and never reassigned: ctx, or r.Context() for the request r.
//
// Not reported: client constructors (those of the knowledge tables, and
// any function whose result holds connections: idtoken.NewClient's
// *http.Client, gmail.NewService's *gmail.Service) and the functions of
// the package that call them (a client kept for the instance must not hold an
// invocation's context: see ctxcaptured), unless such a function keeps
// nothing it makes: a function with no receiver that returns only
// errors, assigns only its own locals (no field, element or
// package-level variable, but for strings, numbers and booleans), sends
// on no channel, starts no goroutine and uses each client it makes only
// as the receiver of the client's own methods (not handed to a call,
// not copied) makes the client for its own use, and the context it is
// given bounds its work for the invocation (uploadFile(ctx, ...) that makes a storage client, writes
// and closes it, given context.Background(), is reported), calls whose result is stored
// in a package-level variable, the functions of the context package
// (which derive contexts), log/slog and the functions that only read
// a context's values (ctx.Value, trace.SpanFromContext,
// SpanContextFromContext, zerolog.Ctx, gRPC's
// metadata.FromIncomingContext and FromOutgoingContext,
// lambdacontext.FromContext): they read its values, not its deadline,
// and functions of the module that pass the context parameter to no
// call of their own other than those (a constructor that keeps it in a
// field: services.NewFirestoreService(context.Background(), client));
// context.WithoutCancel(ctx), the explicit
// detachment; deferred calls (clean-up that must run even when the
// invocation is cancelled) and calls started on a goroutine, and
// everything that runs only on goroutines, in callbacks, in deferred
// functions or in once-only initializers (sync.Once.Do, OnceValue(s)):
// work run on purpose apart from the invocation's lifetime; and bodies
// with no invocation's context in scope: a Lambda handler or a
// functions.Typed function without a ctx parameter, and the helpers it
// calls without one, have no context to pass.
//
// Bad:
//
//	func Thumbnail(w http.ResponseWriter, r *http.Request) {
//		rc, err := bucket.Object(name).NewReader(context.Background())
//		...
//	}
//
// Good:
//
//	func Thumbnail(w http.ResponseWriter, r *http.Request) {
//		rc, err := bucket.Object(name).NewReader(r.Context())
//		...
//	}
//
// To silence a deliberate case (work that must finish even when the
// caller gives up), detach the context explicitly with
// context.WithoutCancel(ctx), or use //fnlint:ignore ctxbackground with
// the reason.
//
// A context kept in a field or variable is named in the message ("the
// context in the field ctx, which holds context.Background()"), with the
// place the root is made as a related position when it is in the same
// package; no fix is offered there: the remedy is to pass the
// invocation's context instead of keeping one.
//
// Known blind spots: an exported field or variable (outside a main
// package) that its own package gives a value, since the packages that
// import it may give it others; a field given its context by the
// parameter of an exported constructor that its own package also gives
// another context, or by a method, or given a value only by packages
// that import its own without a constructor (facts flow only from a
// package to its importers); contexts passed through function values
// and interface method calls; a constructor-wired field read through
// a method value called later (f := svc.Get; f()), or through a value
// that holds the field in a field of its own (a *svc.Svc whose R the
// constructor built), or behind an interface in an exported field of a
// container another package builds (di.Build().Repo.Get(id));
// goroutines joined before the function
// returns (errgroup, WaitGroup) whose calls use context.Background();
// and calls whose context reaches them through a variable also given
// another value; a helper of the package that makes a client and hands
// it to a call (writeWith(ctx, c)), which stays exempt as a constructor
// of its own even when that call keeps nothing.
package ctxbackground
