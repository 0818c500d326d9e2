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
