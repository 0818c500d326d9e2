// Package invoices declares a handler that the billing function serves
// through its router.
package invoices

import "net/http"

type Handler struct{}

func New() *Handler { return &Handler{} }

func (*Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
