// Package selfwrap wraps a handler in itself: a variable given a call
// of a wrapper that takes the variable (h = wrap(h)), as dd-trace-go's
// contrib/net/http does. Every walk over values must end.
package selfwrap

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Traced", Traced(http.HandlerFunc(serve))) // want `entry http "Traced" via functions.HTTP` `entry http "Traced" via functions.HTTP`
	// Variables given more than one value are not followed: no entry
	// point is found for these two (a blind spot), and the walk ends.
	var h http.Handler = http.HandlerFunc(serve)
	h = secure(h)
	functions.HTTP("Loop", h.ServeHTTP) // ok: a blind spot
	a, b := http.Handler(nil), http.Handler(nil)
	a = secure(b)
	b = secure(a)
	functions.HTTP("Cycle", b.ServeHTTP) // ok: a blind spot
}

// Traced wraps h in itself inside the handler it returns.
func Traced(h http.Handler) http.HandlerFunc { // want `coldstart`
	return func(w http.ResponseWriter, r *http.Request) { // want `fc\[Traced\]`
		h = secure(h)
		h.ServeHTTP(w, r)
	}
}

func secure(h http.Handler) http.Handler { return h } // want `fc\[Traced\]` `coldstart`

func serve(w http.ResponseWriter, r *http.Request) {} // want `fc\[Traced\]`
