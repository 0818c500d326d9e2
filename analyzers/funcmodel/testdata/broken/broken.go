// Package broken is half-typed code, as in the editor: the wrapped
// handler is not declared yet.
package broken

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("H", withCORS(handle))
	functions.HTTP("G", undeclared.Serve)
	functions.HTTP("I", http.HandlerFunc(missing))
}

func withCORS(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { next(w, r) }
}
