// Package telemetry sets up tracing for the module's functions.
package telemetry

import (
	"context"

	"example.com/tf/exporter"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

var tp *sdktrace.TracerProvider

// Init sets up a tracer provider that batches spans.
func Init() { // want Init:`sets up buffered telemetry via trace.WithBatcher`
	tp = sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter.Exporter{}))
}

// Flush flushes the spans.
func Flush(ctx context.Context) error { // want Flush:`flushes telemetry via \(\*trace.TracerProvider\).ForceFlush` Flush:`builds a flush of telemetry via \(\*trace.TracerProvider\).ForceFlush`
	return tp.ForceFlush(ctx)
}

// Setup sets up a tracer provider that batches spans and returns its
// shutdown.
func Setup() func(context.Context) error { // want Setup:`sets up buffered telemetry via trace.WithBatcher` Setup:`builds a flush of telemetry via \(\*trace.TracerProvider\).Shutdown`
	p := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter.Exporter{}))
	return p.Shutdown
}
