// Package gcfmiddleware flushes after each request in a middleware.
package gcfmiddleware

import (
	"net/http"

	"example.com/tf/exporter"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

var tp *sdktrace.TracerProvider

func init() {
	tp = sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter.Exporter{})) // ok: the middleware flushes
	functions.HTTP("Handle", flushing(handle))
}

func flushing(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		defer tp.ForceFlush(r.Context())
		next(w, r)
	}
}

func handle(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
