// Package funcmodel defines an Analyzer that computes the execution model
// shared by every fnlint analyzer: which functions of a package are entry
// points of a serverless function, which code they reach, and which code
// runs at cold start.
//
// # Analyzer funcmodel
//
// funcmodel: the execution model: what runs when (reports nothing)
//
// The platform runs a function instance's global scope (package-level
// initializers and init) once, at cold start, and then invokes an entry
// point for every request or event. The rules of the execution
// environment apply to different code: an invocation may not exit the
// process or leave work running after it returns, while cold-start code
// may not start background work at all. The execution model is the one
// place that knows which code is which: every fnlint analyzer reads a
// body's phase from it and never re-derives it.
//
// Entry points, each with a kind (http, cloudevent, background, typed,
// lambda), a name, and the platform that invokes it (Entry.Platform:
// AWS Lambda for aws-lambda-go handlers, Cloud Run functions for every
// other; funcmodel.Platforms gives the platforms of the entry points
// reaching a body, so that a message can say what holds there):
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
//     declared in the same package. An interface variable given one value
//     (var h http.Handler = &server{}; h.ServeHTTP) resolves to the
//     concrete method.
//   - Routes: when the registered function is a router's ServeHTTP (an
//     http.ServeMux, http.DefaultServeMux, chi, gorilla/mux, httprouter,
//     echo, gin or fiber router held in a variable or a struct field,
//     given to a variable by a function of the package that returns it,
//     returned by a function of another package of the module that
//     registered routes on it (api.NewRouter(), summarized by a
//     servesRoutes fact), or
//     behind a wrapper such as withCORS(mux) or http.StripPrefix), or a
//     handler calls the router's ServeHTTP or gives that method value to
//     a call that runs it (a CORS middleware's ServeHTTP(w, r,
//     router.ServeHTTP)), every handler registered on
//     that router is an HTTP entry point named "NAME PATTERN"
//     ("API /a"). Route registrations are matched by type through
//     knowledge.RouteOf. So are sub-routers (knowledge.SubRouterOf:
//     gorilla's PathPrefix(...).Subrouter(), chi's Route and Group
//     callbacks and With, echo's and gin's Group), whose routes the
//     router they derive from serves under their prefix
//     ("API /api/users"); routers mounted on a router (chi's Mount, a
//     router registered as a route's handler); and middleware
//     (knowledge.MiddlewareOf: Use, and the middleware arguments of
//     Group, With and echo's routes): a middleware that is a handler
//     (gin's) is an entry point, and so are the handlers that a
//     wrapping middleware (func(http.Handler) http.Handler) of the
//     package returns, named "middleware of NAME"; the wrapper's own
//     body runs when the router builds its chain. A router in a field
//     counts per field, for every value of the struct. A handler
//     registered on a router that nothing serves is not function code,
//     and never cold-start code merely because init registers it.
//     Handlers in a table of routes (a package-level slice of structs or
//     a map of handlers) registered in a range loop count too, and so do
//     the routes that a function of another package of the module
//     registers on the router it is given (api.Register(r)).
//   - Registrations of a function declared in another package of the
//     module (functions.HTTP("Hello", handlers.Hello), or
//     funcframework.RegisterHTTPFunctionContext(ctx, "/", fn.Handle) in
//     a cmd/ main, whose own code stays local-server code). fnlint's
//     driver runs the model over the whole module first and makes the
//     function an entry point of its own package (Config.Registered), so
//     it is judged where it is written. Under go vet and golangci-lint,
//     which analyze one package at a time, the registering package
//     reports at the registration what the handler's facts say it does,
//     unless the handler's own package judges it already.
//   - Functions of the module that an entry point of another package
//     reaches through calls (a helper providers.NewContext that every
//     handler calls). fnlint's driver follows the calls that run their
//     target across the packages of the user's code from every entry
//     point and tells each package which of its functions are reached
//     (Config.Registered with a Caller): they are no entry points, but
//     their code is function code of those entry points (Entry.Caller;
//     Model.ReachedFrom), judged where it is written (a finding there
//     names the call that reaches it from the entry point's package:
//     ExternalEntry.At, Model.ReachedRelated), and the judged
//     fact keeps the phases, so that the callers' packages do not
//     report their calls again (Model.JudgedElsewhere). Of the entry
//     points reaching a function, the first of each platform, kind and
//     phase is kept. A function reached only through a call the model
//     does not follow (a function value taken from a map, an interface
//     whose dynamic types it does not know) is not, nor is a helper
//     whose result the caller keeps in a package-level variable
//     (client = store.Open(ctx)), which only the caller can judge. The
//     driver does so among the packages requested together: under go
//     vet and golangci-lint, in the language server (one directory at
//     a time) and for a helper outside the patterns, the calls report
//     what the helper's facts say it does, as before.
//   - 1st-gen functions, in a non-main package at the root of a module
//     that registers nothing: exported functions with the HTTP signature
//     func(http.ResponseWriter, *http.Request), the CloudEvent signature
//     func(context.Context, event.Event) error, or the background
//     signature func(context.Context, T) error with T a struct, a pointer
//     to a struct, a map, or interface{}/any. A *http.ResponseWriter
//     parameter is not the HTTP signature.
//   - AWS Lambda handlers passed to lambda.Start, StartWithOptions,
//     StartWithContext or StartHandlerFunc, and the Invoke method of a
//     lambda.Handler value passed to any of them or to StartHandler and
//     StartHandlerWithContext; a handler wrapped by lambda.NewHandler or
//     NewHandlerWithOptions (directly, or through a variable given it
//     once) is the entry point, and the wrapper keeps it without running
//     it. Lambda handlers live in main packages, so these count there.
//     lambdaurl.Start(h) (a Function URL with a streaming response) and
//     lambda.Start(lambdaurl.Wrap(h)) make the http.Handler h, or the
//     routes of the router h, HTTP entry points on Lambda.
//   - HTTP handlers on Lambda: when the function passed to lambda.Start
//     is the Proxy, ProxyWithContext or ProxyWithContextV2 method of an
//     aws-lambda-go-api-proxy adapter (httpadapter.New, NewV2, NewALB,
//     gorillamux, chiadapter, ginadapter, echoadapter, fiberadapter; the adapter
//     written in the call or held in a variable given it once), the
//     handler it adapts is an HTTP entry point on Lambda, and the routes
//     of a router it adapts are HTTP entry points named by their
//     pattern ("/users", via "route of lambda.Start").
//   - Start wrappers: a function, of the module or of a dependency,
//     that gives a registration (any of the above, or another start
//     wrapper's) one of its function parameters, as the registered value
//     or called in a literal registered in its place, or given to a
//     wrapper call registered in its place
//     (m-mizutani/golambda's Start(callback), which calls lambda.Start
//     with a literal that calls callback; a module's own core.Start(h),
//     which calls lambda.Start(h) or
//     lambda.Start(otellambda.InstrumentHandler(h))), registers what its
//     callers give it:
//     a call of it is a registration of that argument. This is derived
//     from the wrapper's code and exported as a fact (kept in the
//     driver's summaries of dependencies), not listed in a table. A
//     handler passed through a wrapper that returns what the
//     registration serves (lambda.Start(agent.WrapHandler(h)),
//     ddlambda.WrapFunction(h, cfg) in a variable given to lambda.Start,
//     otellambda.InstrumentHandler(h), epsagon.WrapLambdaHandler(cfg, h),
//     otelhttp.NewHandler(h, op).ServeHTTP given to functions.HTTP) is
//     an entry point too, as for HTTP wrappers, and so are the handlers
//     of a value given to the wrapper that serves the registration's
//     method itself (otellambda.WrapHandler(lambda.NewHandler(h))). A
//     function value that the wrapper's own body calls when it is called
//     (setup.Handler(loadConfig, h) running loadConfig) is no handler:
//     it runs where the wrapper is called; for a wrapper of another
//     package its runsParams fact says so (AtCall). Wrappers that call
//     the handler through reflection need no more than this: the handler
//     is the function value given to them.
//   - Functions that a deployment file names (see internal/deploy and
//     fnlint help deploy; found from the module root up to the
//     repository's, or named with -deploy or fnlint.toml's deploy): a
//     Cloud Run function whose source directory is the package's and
//     whose entry point names an exported function with an entry-point
//     signature that agrees with its trigger (HTTP for an HTTP trigger,
//     CloudEvent or background for an event), when no registration or
//     1st-gen detection declares it already (a package below the
//     module root, deployed with gcloud functions deploy --source).
//     Every entry point that a deployment deploys lists it in
//     Entry.Deployed (a Lambda main whose directory is the function's
//     code: its handlers; a Cloud Run function: the entry point its
//     entry point names), and Model.Deployment holds what the files
//     say, read once per run.
//   - Functions named with the -funcmodel.entry flag, as
//     importpath.Func or importpath.Type.Method, for registration code
//     fnlint does not know. A prefix names the platform that invokes
//     them (lambda:example.com/fn.Handle, cloudrun:...); without one,
//     a function of a package that imports aws-lambda-go and no
//     functions-framework package is a Lambda handler, and any other is
//     a Cloud Run function.
//
// Edges say when their target runs (the When constants): now (a call,
// or a function value given to a call that may run it before returning,
// such as sort.Slice), deferred, on a new goroutine (go, WaitGroup.Go,
// errgroup's Go), later on another goroutine (time.AfterFunc,
// context.AfterFunc), once per instance (sync.Once.Do, and the call of a
// variable holding a sync.OnceFunc/OnceValue(s) result), stored (returned,
// assigned, converted, handed to OnceFunc), or registered. Calls that are
// given function values are classified through the knowledge tables
// (knowledge.FuncArgRuns), not by the shape of the code; a function of
// the module or of a summarized dependency that no table lists is
// classified by its own code, exported as a fact: one that keeps the
// value it is given (a constructor storing a factory in a field,
// service.NewSNSService(adaptor.NewSNSClient)) or runs it only on a new
// goroutine does not run it at the call (Stored); one that calls it,
// or gives it to a call that may, does (Now).
//
// Each body has one phase, a set (Func.Phase): per invocation (reached
// from an entry point through edges that run their target), once per
// instance (reached only through a once-only edge), cold start (init, the
// package-level initializers, a Lambda binary's main, which runs in the
// init phase before lambda.Start, and what they run, in a package that
// declares entry points: the initialization of a library is not a
// function instance's cold start), or none (unreached: not judged). Code
// in other packages of the module is judged through the facts of the
// effect engine (model/effects). Test files, main packages (except
// for Lambda handlers) and code reached only from main are not function
// code. Only the user's own code is modelled: the packages of the main
// and workspace modules and of modules replaced by a local directory
// (replace example.com/common => ../common). The standard library and
// the modules that fnlint's knowledge tables describe (wherever they
// are: functions-framework-go, aws-lambda-go, the Cloud client
// libraries, gRPC, the common loggers) are described by the tables and
// are not modelled. Every other dependency from the module cache or a
// vendor directory is summarized (Model.Summarized): its bodies and
// edges are modelled, with no entry points and nothing judged, so that
// what its functions do that function code pays for — ending the
// process, never returning, creating a client (a function that opens
// connections and returns what holds them), doing blocking I/O — is
// derived from its code, propagated through its own calls by the
// effect engine and exported as facts: a third-party logger's exit
// helper or an API's service constructor needs no table entry. Where
// the derivation is too coarse, a table in internal/knowledge
// (overrides.go) corrects it.
//
// Calls through a function-typed variable or struct field, and of an
// interface method on one, are followed when the package gives it one
// value (s.fn = process, &worker{store: fileStore{}}: a field counts for
// every value of its struct type). An interface method called on a
// struct field or package-level variable that the package gives
// several values runs the methods of their concrete types (h.repo =
// &dynamoRepo{} in one place, app{repo: newCache()} in another; nil
// adds nothing), when every value's type is concrete and there are at
// most four: a value of an interface type (a constructor returning an
// interface), one stored by another package, or a parameter stored by
// a constructor leaves the call unfollowed. So are calls of an
// aws-lambda-go-api-proxy adapter's serving method in a body
// (s.adapter.ProxyWithContext(ctx, ev)), which run the adapted router's
// routes; where that body is an entry point's, of any kind (registered,
// 1st-gen, flagged or deployed; a Lambda handler calling
// fiberLambda.ProxyWithContext on an adapter built in init from another
// package's rest.Create()), the routes of other packages are entry
// points of their own ("route of Handler"), judged where they are
// written. A method value served on a value that a call builds
// (lambda.Start(trigger.New(cfg, handle).Handle)) makes the functions
// passed to that call entry points of the same deployed function. A
// variable declared without a value and assigned once (var router
// *chi.Mux, then router = r in a once-only setup) is taken to hold the
// value assigned: a call, a route or a ServeHTTP through its zero value
// would panic.
//
// Known blind spots: calls through interface methods and function values
// given more than one value, or passed as parameters, are not followed
// (a function value passed to another package's constructor is followed
// only in the registration itself); a handler stored in a variable
// assigned more than once is not resolved;
// the routes of a router that a body serves by calling its ServeHTTP
// (router.ServeHTTP(w, r) in the function) are followed only where
// their handlers are of the same package (another package's would have
// all their effects reported at that one call, once per route), or
// where the body is an entry point's (see above), not in a helper it
// calls; a
// wrapping middleware or wrapper of another
// package is not looked into (what it returns is not seen, though the
// handlers passed to it are: the literal a tracing wrapper returns is
// not judged as function code), nor are
// adapters of aws-lambda-go-api-proxy other than those named above
// (iris, negroni, handlerfunc) or one held in a field; the routes of a
// router built by another package are carried across only when their
// handlers are declared functions or methods (not literals), and only
// through a function that returns the router or is given it, not a
// router kept in another package's variable or field; an entry
// point declared in another package is reported at its registration, not
// at the offending statement under go vet and golangci-lint (analysis
// facts flow from a package to its importers, never back; fnlint's own
// driver runs the model over the module first and judges it where it is
// written), and there only for the effects that export facts; a
// function passed to an unknown call is taken to run now; 1st-gen
// detection needs module information (go.mod).
package funcmodel
