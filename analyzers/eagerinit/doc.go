// Package eagerinit defines an Analyzer that reports heavy work at cold
// start whose result not every entry point needs.
//
// # Analyzer eagerinit
//
// eagerinit: report cold-start work that not every entry point needs
//
// The platform's rule (docs/platform.md, "Global scope: cache, but lazily
// where not every path needs it"): global initialization always runs on
// cold start and adds to its latency, and a call to another service at
// init that is not handled well can time out intermittently. If some
// objects are not used on every code path, initialize them lazily, on
// demand. A package that declares several functions pays, at every cold
// start of each of them, for the clients all of them use.
//
// eagerinit reports, in cold-start code of a package that declares entry
// points (what the execution model says runs at cold start and only
// then: package-level initializers, init functions, a Lambda main
// before lambda.Start, and the helpers they run; see the funcmodel
// analyzer), heavy work whose result initializes a
// package-level variable that only some of the package's entry points
// use, or none: Cloud client constructors and the other clients
// clientperrequest knows (firebase.NewApp, grpc.NewClient, Redis, ...),
// (*sql.DB).Ping, http.Get and friends, reading files, and parsing
// template sets from files, directly or through helpers of the package or
// of the module (var catalog = loadCatalog()), or through functions of
// third-party modules that no table lists, whose I/O is derived from
// their code (gmail.NewService finds the default credentials, reading
// a file). The message names the
// entry points that do not need the variable and suggests sync.OnceValue.
//
// An entry point uses a variable when the code it reaches refers to it,
// or to a variable whose initializer refers to it, or when its
// registration does (functions.HTTP("x", srv.handle) uses srv).
//
// Not reported: a variable every entry point uses (that is the
// recommended global caching), cheap work (&http.Client{},
// regexp.MustCompile, a map literal), and heavy work whose result is not
// kept in a variable. Nor is a variable that code of the package refers
// to which the model sees no entry point reach and which is not
// cold-start code (a handler kept in a struct field and called through
// it, a method called through an interface): some entry point may reach
// it in a way fnlint does not follow, so "never uses it" would not be
// known to be true. The same holds for a variable that cold-start code
// reads other than to compute another package-level variable: a
// configuration loaded into a global in main, from which main builds, in
// its locals, the client that the handler's closure captures.
//
// Bad:
//
//	var bq = mustBigQuery() // Report and Health both start slower
//
//	func init() {
//		functions.HTTP("Report", report) // uses bq
//		functions.HTTP("Health", health) // does not
//	}
//
// Good:
//
//	var bq = sync.OnceValue(mustBigQuery)
//
// Known blind spots: a variable used only through a pointer or closure
// stored elsewhere, by code that some entry point also reaches, counts
// as unused by the entry points that reach it only that way; heavy work inside function literals
// stored in globals is not seen; a helper that keeps a client in a
// package-level variable and runs both at cold start and on the
// invocation path is not judged (it may be the lazy initialization the
// rule recommends).
package eagerinit
