// Package nodeadline defines an Analyzer that reports calls that cannot
// carry the invocation's deadline in code that has the invocation's
// context in scope.
//
// # Analyzer nodeadline
//
// nodeadline: report calls that cannot carry the invocation deadline
//
// The platforms' rule (docs/platform.md, "More rules the platforms
// document" and "AWS Lambda", "Concurrency"): every execution is bounded
// by the function's timeout, and the invocation's context carries it.
// functions-framework-go (1.9 and later) puts the function's timeout on
// the request's context (r.Context()), which net/http also cancels when
// the client goes away; an event function's ctx and a Lambda handler's
// ctx carry the invocation's deadline. A call that takes no context, or
// is given none, cannot stop there: on Cloud Run functions it goes on
// after the timeout has answered the client, holding the instance's
// connections and CPU for other requests; on AWS Lambda the invocation
// times out instead of handling the call's error, and on Lambda Managed
// Instances, where AWS documents that the function timeout is not
// enforced and the environment is not frozen, nothing else stops it.
//
// nodeadline reports, in code that runs on the invocation's goroutine
// before the entry point returns (the entry point's body and what it
// calls, see the funcmodel analyzer; not deferred calls, goroutines or
// once-only initializers) and that has a context.Context or
// *http.Request parameter with a name (its own, or one of a function
// literal's enclosing function), or has none but is reached from an
// entry point of its package that has one (a helper the handler calls
// without passing its context down: the message says so, and the
// entry point is the related position):
//
//   - http.Get, http.Head, http.Post and http.PostForm, and the same
//     methods of *http.Client, which take no context (net/http: "To make
//     a request with a specified context.Context, use
//     NewRequestWithContext and Client.Do"); net.Dial and
//     net.DialTimeout, whose context-taking form is
//     (*net.Dialer).DialContext;
//   - a call of a function, or a method, that has a sibling of the same
//     name followed by Context or WithContext, taking a context.Context
//     first and then the same parameters (and at most one variadic
//     parameter of options more), with the same results: derived from
//     the types of the callee's package or method set, for the modules
//     whose siblings are known to do the same work bounded by the
//     context (the tables of internal/knowledge): the standard library
//     (db.Query and QueryContext and every other method of
//     database/sql's DB, Tx, Stmt and Conn that has one, exec.Command
//     and CommandContext, http.NewRequest and NewRequestWithContext,
//     (*net.Dialer).Dial and DialContext; not log/slog, whose Context
//     methods read only the context's values), the AWS SDK for Go v1
//     (svc.PutObject(in) and PutObjectWithContext(ctx, in), and the
//     same for every operation, waiter and paginator, on the client and
//     on its mockable interface such as dynamodbiface.DynamoDBAPI), and
//     github.com/jmoiron/sqlx (Get and GetContext, Select and
//     SelectContext, ...);
//   - the Do method of a Google API call (google.golang.org/api's
//     generated services: svc.Files.Get(id).Do(), and Download, which
//     fetches the media with the same request) whose builder was not
//     given a context by its Context method ("Context sets the context
//     to be used in this call's Do method. Any pending HTTP request will
//     be aborted if the provided context is canceled") in the chain
//     that builds it, or, for a builder in a variable of the function,
//     anywhere in the function; a builder that the function is given
//     (a parameter, a field) or that a function of the module returns
//     (which may have given it a context) is left alone. The fix calls
//     Context(ctx) before Do.
//
// A function of another package of the module that makes such a call
// on the path it runs (directly or through its own calls, not on a
// goroutine or in a deferred call) is found through facts of the
// effect engine (see model/effects), whether it has a context of its
// own or not: the call of it in the judged code is reported ("calls
// remote.Fetch, which calls http.Get: that call cannot carry the
// invocation's deadline"), with the function's declaration as the
// related position.
//
// The message says, for the entry point's platform, what the call
// without a deadline does, and names the context to give it: ctx, or
// r.Context(). A call that has a sibling gets a suggested fix that
// calls the sibling with the invocation's context first (db.Query(q) ->
// db.QueryContext(ctx, q)), and net.Dial(n, a) one that calls
// (&net.Dialer{}).DialContext(ctx, n, a), which is what net.Dial does
// with no context; when exactly one parameter in scope carries the
// invocation's context and it is never assigned. http.Get and the like
// get none: the rewrite to NewRequestWithContext and Do is several
// statements whose error handling is the caller's.
//
// A method of an interface of the module's own (type DynamoDBAPI
// interface { GetItem(...) }) called on a struct field or package-level
// variable is reported when every value the package stores there is
// known and is an AWS SDK client whose method has the sibling that takes
// a context (*dynamodb.DynamoDB's GetItemWithContext): the message says
// to declare the sibling in the interface and call it.
//
// Not reported: calls at cold start (init, package-level initializers,
// a Lambda main before lambda.Start) and in once-only initializers,
// where no invocation's context exists; deferred calls (clean-up that
// must run however the invocation ends) and calls started on their own
// goroutine; calls in a function that declines the context it is
// given (a parameter named _); calls in a helper of a handler that
// takes no context (a Lambda handler func(ev Event) error has no
// deadline to pass down); code that no entry point reaches.
//
// Bad:
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		rows, err := db.Query("select name from users where id = $1", r.FormValue("id"))
//		...
//		resp, err := http.Get(avatarURL)
//		...
//	}
//
// Good:
//
//	func handle(w http.ResponseWriter, r *http.Request) {
//		rows, err := db.QueryContext(r.Context(), "select name from users where id = $1", r.FormValue("id"))
//		...
//		req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, avatarURL, nil)
//		...
//		resp, err := http.DefaultClient.Do(req)
//		...
//	}
//
// To silence a deliberate case (work that must outlive the invocation,
// better written with context.WithoutCancel(ctx)), use
// //fnlint:ignore nodeadline with the reason.
//
// Known blind spots: a function that names its context _ or leaves it
// unnamed; a function of another package reached through an interface
// or a function value; a method of the module's own narrow interface
// whose values the package does not know (a constructor's parameter,
// as in NewHandler(ddb DynamoDBAPI) called from main, or an exported
// field of a package others import); siblings in modules the tables do not
// describe (slack-go's PostMessage and PostMessageContext, and the
// like), and siblings whose names or parameters differ (db.Begin and
// BeginTx, net.Listen and (*net.ListenConfig).Listen, tls.Dial); calls
// through function values. A request built with http.NewRequest is not
// reported when the function gives it a context later (req =
// req.WithContext(ctx), or req.Clone(ctx)).
package nodeadline
