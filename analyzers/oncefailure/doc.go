// Package oncefailure defines an Analyzer that reports lazy
// initialization whose failure is cached for the life of the instance.
//
// # Analyzer oncefailure
//
// oncefailure: report sync.Once initializers that cache a failure
//
// The platform recommends initializing expensive objects lazily
// (docs/platform.md, "Global scope: cache, but lazily where not every
// path needs it"), and its own Go sample does it with sync.Once around
// storage.NewClient, with a flaw: sync.Once.Do runs its function once,
// whether it succeeds or not. When the function handles an error only
// inside itself (logs it, answers http.Error) or panics, the variable it
// was to set stays nil or zero for every later invocation on that
// instance, and Do never runs again: the instance is broken until it is
// recycled.
//
// oncefailure reports, at the Do call, a sync.Once.Do in function or
// cold-start code (see the funcmodel analyzer) whose function assigns an
// error from a call to a variable of its own and does not store it where
// callers can see it (a package-level or enclosing variable, a channel),
// or that panics; or whose function calls a function of the package that
// does either (a literal that only calls setup()), with the call and
// what fails in the callee as related positions. A callee that returns
// its error hands it to the function given to Do, which is judged on
// what it does with it.
//
// Bad:
//
//	var (
//		client     *storage.Client
//		clientOnce sync.Once
//	)
//
//	func Upload(w http.ResponseWriter, r *http.Request) {
//		clientOnce.Do(func() {
//			var err error
//			client, err = storage.NewClient(context.Background())
//			if err != nil {
//				http.Error(w, "Internal error", http.StatusInternalServerError)
//				log.Printf("storage.NewClient: %v", err)
//				return
//			}
//		})
//		... client is nil forever after a failure
//	}
//
// Good:
//
//	var storageClient = sync.OnceValues(func() (*storage.Client, error) {
//		return storage.NewClient(context.Background())
//	})
//
//	func Upload(w http.ResponseWriter, r *http.Request) {
//		client, err := storageClient()
//		if err != nil {
//			http.Error(w, "Internal error", http.StatusInternalServerError)
//			return
//		}
//		...
//	}
//
// (sync.OnceValues also caches the error; to retry after a failure, guard
// the initialization with a mutex instead.)
//
// Known blind spots: an error passed to a function that stores it is
// taken as handled inside; functions given to Do by name are judged like
// literals only when they are declared in the same package; a failure
// is followed one call down from the function given to Do, within the
// package: a panic two calls down is not seen.
package oncefailure
