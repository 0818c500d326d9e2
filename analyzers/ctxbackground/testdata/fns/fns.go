// Package fns declares functions that drop their invocation's deadline,
// and functions that keep it.
package fns

import (
	"context"
	"net/http"
	"sync"
	"time"

	"cloud.google.com/go/pubsub"
	"cloud.google.com/go/storage"
	"example.com/cb/store"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

var (
	bucket   = &storage.BucketHandle{}
	topic    = &pubsub.Topic{}
	client   *storage.Client
	once     sync.Once
	bg       = context.Background()
	getTopic = sync.OnceValue(func() *pubsub.Topic {
		_ = bucket.Object("x").NewWriter(context.Background()) // ok: once per instance
		return topic
	})
)

func init() {
	functions.HTTP("Read", read)
	functions.HTTP("Derived", derived)
	functions.HTTP("Helpers", helpers)
	functions.HTTP("Fine", fine)
	functions.HTTP("Later", later)
	functions.HTTP("Upload", upload)
	functions.CloudEvent("OnEvent", onEvent)
	functions.Typed("Typed", typed)
}

func read(w http.ResponseWriter, r *http.Request) {
	rc, err := bucket.Object("a").NewReader(context.Background()) // want `\(\*storage.ObjectHandle\).NewReader is given context.Background\(\) while the invocation's context is in scope: the call loses the invocation's deadline and can run past the function's timeout; pass r.Context\(\)`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rc.Close()
	_ = topic.Publish(context.TODO(), &pubsub.Message{}) // want `\(\*pubsub.Topic\).Publish is given context.TODO\(\) while`
	_ = bucket.Object("b").NewWriter(bg)                 // want `NewWriter is given the context in the package-level variable bg, which holds context.Background\(\)`
	w.WriteHeader(http.StatusOK)
}

func derived(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ctx = context.WithValue(ctx, key{}, "v")
	_ = bucket.Object("a").NewWriter(ctx)                                               // want `NewWriter is given a context derived from context.Background\(\) while the invocation's context is in scope: .*; pass r.Context\(\)`
	_ = bucket.Object("b").NewWriter(context.WithValue(context.Background(), key{}, 1)) // want `NewWriter is given a context derived from context.Background\(\)`
	mixed := r.Context()
	if r.URL == nil {
		mixed = context.Background()
	}
	_ = bucket.Object("c").NewWriter(mixed) // ok: not every value comes from Background (a blind spot)
	w.WriteHeader(http.StatusOK)
}

type key struct{}

func helpers(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	_ = store.Via(ctx, "a")                   // want `calls store.Via, which calls store.Load, which passes context.Background\(\) to \(\*storage.ObjectHandle\).NewReader: that call loses the invocation's deadline`
	_ = store.Save(ctx, "b")                  // ok
	_ = store.Save(context.Background(), "b") // want `store.Save is given context.Background\(\)`
	_ = store.Detached("c")                   // want `calls store.Detached, which has no context parameter and passes context.Background\(\) to \(\*storage.ObjectHandle\).NewWriter: that call loses the invocation's deadline and can run past the function's timeout; give store.Detached a context.Context parameter and pass the invocation's context`
	local(ctx)
	tr := &store.Tracker{}
	tr.Track(context.Background())                   // ok: Track keeps the context and bounds no work with it
	(*store.Tracker).Track(tr, context.Background()) // ok: the same call through a method expression
	external(context.Background())                   // want `fns.external is given context.Background\(\)`
	w.WriteHeader(http.StatusOK)
}

// external is declared without a body, as a function implemented in
// assembly or pulled in with go:linkname is.
func external(ctx context.Context)

func local(ctx context.Context) {
	_ = bucket.Object("a").NewWriter(context.Background()) // want `NewWriter is given context.Background\(\) while the invocation's context is in scope: .*; pass ctx`
	func() {
		_ = topic.Publish(context.Background(), &pubsub.Message{}) // want `Publish is given context.Background\(\)`
	}()
}

func fine(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	_ = bucket.Object("a").NewWriter(ctx)                        // ok
	_ = bucket.Object("b").NewWriter(context.WithoutCancel(ctx)) // ok: the explicit detachment
	c, _ := storage.NewClient(context.Background())              // ok: a client constructor (clientperrequest judges it)
	_ = c
	client, _ = newClient(context.Background()) // ok: stored in a package-level variable
	_ = makeClient(context.Background())        // ok: a constructor of the package
	once.Do(func() {
		_ = bucket.Object("c").NewWriter(context.Background()) // ok: once per instance
	})
	_ = getTopic()
	defer bucket.Object("d").NewWriter(context.Background()) // ok: deferred clean-up
	w.WriteHeader(http.StatusOK)
}

func newClient(ctx context.Context) (*storage.Client, error) { return storage.NewClient(ctx) }

func makeClient(ctx context.Context) *storage.Client {
	c, _ := storage.NewClient(ctx)
	return c
}

func later(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = topic.Publish(context.Background(), &pubsub.Message{}) // ok: on purpose apart from the invocation, joined below
	}()
	w.WriteHeader(http.StatusOK)
	wg.Wait()
	go topic.Publish(context.Background(), &pubsub.Message{}) // ok: started on a goroutine (backgroundwork's concern)
}

func onEvent(ctx context.Context, e event.Event) error {
	_ = bucket.Object("a").NewWriter(context.Background()) // want `NewWriter is given context.Background\(\) while the invocation's context is in scope: .*; pass ctx`
	return nil
}

type payload struct{ Name string }

// typed takes no context: there is none to pass.
func typed(p payload) (payload, error) {
	_ = bucket.Object(p.Name).NewWriter(context.Background()) // ok: no invocation context in scope
	return p, nil
}

// unreached is not function code.
func unreached(ctx context.Context) {
	_ = bucket.Object("a").NewWriter(context.Background()) // ok: not function code
}

// upload has the request's context but calls a helper of its own
// package that has none.
func upload(w http.ResponseWriter, r *http.Request) {
	_ = write("a") // want `calls fns.write, which calls fns.open, which has no context parameter and passes context.Background\(\) to \(\*storage.ObjectHandle\).NewWriter`
	_ = passes(r.Context())
	_, _ = store.NewHTTPClient(context.Background(), "aud") // ok: a constructor, whose result holds connections
	_ = fetch("https://example.com")
	w.WriteHeader(http.StatusOK)
}

func write(name string) error { return open(name) }

// fetch builds a client to make its request: the constructor is not
// given the invocation's deadline either way.
func fetch(url string) error {
	c, err := store.NewHTTPClient(context.Background(), url) // ok: a constructor
	if err != nil {
		return err
	}
	_ = c
	return nil
}

func open(name string) error {
	w := bucket.Object(name).NewWriter(context.Background()) // ok: no context in scope here; reported at the caller that has one
	return w.Close()
}

// passes has a context and is reported by the main rule: its callers
// are not.
func passes(ctx context.Context) error {
	w := bucket.Object("b").NewWriter(context.Background()) // want `\(\*storage.ObjectHandle\).NewWriter is given context.Background\(\) while the invocation's context is in scope`
	_ = open("c")                                           // want `calls fns.open, which has no context parameter`
	return w.Close()
}

func init() { functions.HTTP("Declared", declared) }

// declared derives its context in a var declaration, as derived does
// with :=.
func declared(w http.ResponseWriter, r *http.Request) {
	var ctx, cancel = context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_ = bucket.Object("d").NewWriter(ctx) // want `NewWriter is given a context derived from context.Background\(\) while the invocation's context is in scope: .*; pass r.Context\(\)`
	w.WriteHeader(http.StatusOK)
}
