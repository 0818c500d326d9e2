// Package otelhttp is a stub of
// go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp at its
// real import path, with its real shape: NewHandler builds the
// middleware of NewMiddleware around the handler, and the handler it
// returns calls the wrapped handler's ServeHTTP on every request, inside
// a span.
package otelhttp

import (
	"context"
	"net/http"
)

// Option configures the instrumentation.
type Option interface{ apply(*config) }

type config struct {
	spanNameFormatter func(string, *http.Request) string
}

type optionFunc func(*config)

func (o optionFunc) apply(c *config) { o(c) }

// WithSpanNameFormatter names the spans.
func WithSpanNameFormatter(f func(operation string, r *http.Request) string) Option {
	return optionFunc(func(c *config) { c.spanNameFormatter = f })
}

// middleware is the instrumentation of one operation.
type middleware struct {
	operation string
	cfg       config
}

type spanKey struct{}

// NewMiddleware returns a middleware that traces the requests of the
// handler it wraps.
func NewMiddleware(operation string, opts ...Option) func(http.Handler) http.Handler {
	h := middleware{operation: operation}
	for _, o := range opts {
		o.apply(&h.cfg)
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h.serveHTTP(w, r, next)
		})
	}
}

// NewHandler wraps handler in a span named after operation.
func NewHandler(handler http.Handler, operation string, opts ...Option) http.Handler {
	return NewMiddleware(operation, opts...)(handler)
}

func (h *middleware) serveHTTP(w http.ResponseWriter, r *http.Request, next http.Handler) {
	ctx := context.WithValue(r.Context(), spanKey{}, h.operation)
	next.ServeHTTP(w, r.WithContext(ctx))
}

// WithRouteTag annotates the span of the requests h serves with route.
func WithRouteTag(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), spanKey{}, route)))
	})
}
