// Package store is a helper package of the module: its functions are
// judged where function code calls them.
package store

import (
	"context"
	"net/http"

	"cloud.google.com/go/storage"
)

var bucket = &storage.BucketHandle{}

// Load has a ctx but reads on context.Background().
func Load(ctx context.Context, name string) error { // want Load:`drops the deadline via context.Background\(\) to \(\*storage.ObjectHandle\).NewReader` Load:`ignores context parameters \[0\]`
	rc, err := bucket.Object(name).NewReader(context.Background()) // ok: judged where function code calls Load
	if err != nil {
		return err
	}
	return rc.Close()
}

// Via reaches Load's mistake through a call.
func Via(ctx context.Context, name string) error { return Load(ctx, name) } // want Via:`drops the deadline via store.Load -> context.Background\(\) to`

// Save passes its ctx on.
func Save(ctx context.Context, name string) error {
	w := bucket.Object(name).NewWriter(ctx) // ok: the caller's context
	return w.Close()
}

// Detached has no context to pass: nothing to report here, but a caller
// that has one does not pass it down.
func Detached(name string) error { // want Detached:`has no context and uses context.Background\(\) to \(\*storage.ObjectHandle\).NewWriter`
	w := bucket.Object(name).NewWriter(context.Background()) // ok: no context in scope
	return w.Close()
}

// Client builds a client for the instance.
func Client() (*storage.Client, error) {
	return storage.NewClient(context.Background()) // ok: a client constructor
}

// A Service keeps a context it never uses.
type Service struct{ ctx context.Context } // want ctx:`holds what its callers give NewService parameter 0`

// NewService keeps ctx in a field: it bounds no work of NewService's own.
func NewService(ctx context.Context) *Service { return &Service{ctx: ctx} } // want NewService:`ignores context parameters \[0\]`

// A Tracker keeps the last context it was given.
type Tracker struct{ last context.Context }

// Track keeps ctx in a field: it bounds no work of Track's own.
func (t *Tracker) Track(ctx context.Context) { t.last = ctx } // want Track:`ignores context parameters \[0\]`

// NewHTTPClient builds a client: what it returns holds connections.
func NewHTTPClient(ctx context.Context, audience string) (*http.Client, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &http.Client{}, nil
}
