// Package ctxcaptured defines an Analyzer that reports clients kept for
// the instance that were built from an invocation's context.
//
// # Analyzer ctxcaptured
//
// ctxcaptured: report cached clients built from a request's context
//
// The platform's rule (docs/platform.md, "More rules the platforms
// document"): a client cached for the instance is built with
// context.Background(). Client libraries keep the constructor's context
// for the connections they dial and the tokens they refresh; a request
// or event context is cancelled when its invocation ends, so a client
// built from it and cached in a global, a sync.Once or a lazily filled
// cache works for the first invocation and fails in later ones (often
// only once its first token expires). Google's own Slack and OCR samples
// make this mistake (setup(r.Context()) filling globals on first use).
//
// ctxcaptured reports, in function code (see the funcmodel analyzer), a
// client constructor (the ones clientperrequest knows: Cloud client
// libraries, Firebase, gRPC, SQL, Redis, MongoDB, the AWS SDK) whose
// context argument is the invocation's context (an entry point's ctx,
// r.Context() of an HTTP function's request, or a context derived from
// them with context.WithTimeout and the like, straight or through local
// variables) when the client is kept for the instance: stored into a
// package-level variable or a field or element of one (straight, through
// session.Must, or through a local that the function then stores, and
// not closed by that function, which keeps it for one invocation only),
// assigned to a captured variable inside a sync.Once.Do initializer, or
// returned by the function of sync.OnceValue or OnceValues. It reports
// the same for a call, given the invocation's context or request, of a
// helper (in this package or, through facts, another of the module) that
// builds such a client from that parameter ("setup builds a client from
// the invocation's context given here"), straight or through its own
// calls, the literals it runs and the function values the execution
// model resolves; the constructor in the helper's code is the finding's
// related position.
//
// The suggested fix, for a constructor given the invocation's context
// itself (r.Context(), the entry point's ctx, or a local holding it that
// is used elsewhere too), passes context.Background() instead. A helper
// called with the context gets no fix: it may use the context for other
// work as well.
//
// Not reported: context.WithoutCancel(ctx) (the detached context keeps
// no cancellation and suits a cached client); the AWS SDK for Go v2's
// config.LoadDefaultConfig, whose aws.Config keeps no context (every
// operation of a client built from it takes its own); clients built per
// invocation and not kept (clientperrequest judges those), and clients
// built at cold start.
//
// Bad:
//
//	var client *storage.Client
//
//	func Upload(w http.ResponseWriter, r *http.Request) {
//		once.Do(func() { client, err = storage.NewClient(r.Context()) })
//		...
//	}
//
// Good:
//
//	var client = sync.OnceValues(func() (*storage.Client, error) {
//		return storage.NewClient(context.Background())
//	})
//
// To silence a deliberate case, use //fnlint:ignore ctxcaptured with the
// reason.
//
// Known blind spots: clients kept in fields of values that are not
// package-level (a server struct), contexts kept in struct fields,
// helpers called through interfaces or function values the execution
// model does not resolve, constructors fnlint does not know, and a
// context variable also given a value not derived from it (ctx =
// context.WithValue(ctx, k, v) keeps the invocation's context).
package ctxcaptured
