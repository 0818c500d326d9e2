// Package otelhttp registers Cloud Run functions through
// OpenTelemetry's HTTP instrumentation: otelhttp's handler calls the
// handler it wraps on every request, so the wrapped handlers and routes
// are the entry points.
package otelhttp

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

func hello(w http.ResponseWriter, r *http.Request) {} // want `fc\[Hello\]`

func list(w http.ResponseWriter, r *http.Request) {} // want `fc\[API /items\]`

func tagged(w http.ResponseWriter, r *http.Request) {} // want `fc\[Tagged\]`

type api struct{}

func (api) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `fc\[Value\]`

func init() {
	functions.HTTP("Hello", otelhttp.NewHandler(http.HandlerFunc(hello), "hello").ServeHTTP) // want `entry http "Hello" via functions.HTTP \(Cloud Run functions\)`
	mux := http.NewServeMux()
	mux.HandleFunc("/items", list) // want `entry http "API /items" via route of API \(Cloud Run functions\)`
	functions.HTTP("API", otelhttp.NewHandler(mux, "api").ServeHTTP)
	functions.HTTP("Tagged", otelhttp.WithRouteTag("/tagged", http.HandlerFunc(tagged)).ServeHTTP) // want `entry http "Tagged" via functions.HTTP \(Cloud Run functions\)`
	h := otelhttp.NewHandler(api{}, "value")
	functions.HTTP("Value", h.ServeHTTP) // want `entry http "Value" via functions.HTTP \(Cloud Run functions\)`
}
