// Package fields calls functions and interface methods through struct
// fields given one value in the package.
package fields

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

type store interface {
	Save(ctx context.Context) error
}

type fileStore struct{}

func (fileStore) Save(ctx context.Context) error { return nil } // want `fc\[Work\]`

type worker struct {
	fn    func(ctx context.Context) error
	store store
	log   func(string)
}

var wk = &worker{fn: process, store: fileStore{}}

func init() {
	wk.log = logA
	wk.log = logB                     // a field given two values: not followed
	functions.HTTP("Work", wk.Handle) // want `entry http "Work" via functions.HTTP`
}

func (w *worker) Handle(rw http.ResponseWriter, r *http.Request) { // want `fc\[Work\]`
	_ = w.fn(r.Context())
	_ = w.store.Save(r.Context())
	w.log("done")
}

func process(ctx context.Context) error { return nil } // want `fc\[Work\]`

func logA(string) {} // not followed
func logB(string) {} // not followed

// A handler wrapped once and served through the variable that holds the
// wrapper's result.
var wrapped http.Handler = withAuth(secret)

func init() {
	functions.HTTP("Wrapped", serveWrapped) // want `entry http "Wrapped" via functions.HTTP`
}

func serveWrapped(w http.ResponseWriter, r *http.Request) { wrapped.ServeHTTP(w, r) } // want `fc\[Wrapped\]`

func withAuth(h http.HandlerFunc) http.Handler { // want `coldstart`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h(w, r) }) // want `fc\[Wrapped\]`
}

func secret(w http.ResponseWriter, r *http.Request) {} // want `fc\[Wrapped\]` `coldstart`
