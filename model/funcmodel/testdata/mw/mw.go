// Package mw declares a middleware whose Handle method another package
// registers.
package mw

import "net/http"

// M is a middleware.
type M struct{}

// New returns a middleware.
func New() *M { return &M{} }

// Handle serves a request.
func (m *M) Handle(w http.ResponseWriter, r *http.Request) {}

// WithCORS wraps a handler; the closure it returns runs per request but
// is not function code in the model: a wrapper of another package is
// not looked into (what it returns is not seen; the handler passed to
// it is an entry point of the registering package).
func WithCORS(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // ok: a blind spot
		w.Header().Set("Access-Control-Allow-Origin", "*")
		h(w, r)
	}
}
