// Command lambdasyncer exports each span as it ends.
package main

import (
	"context"

	"example.com/tf/exporter"
	"github.com/aws/aws-lambda-go/lambda"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func handler(ctx context.Context) error { return nil }

func main() {
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exporter.Exporter{}))     // ok: synchronous
	tp.RegisterSpanProcessor(sdktrace.NewSimpleSpanProcessor(exporter.Exporter{})) // ok: synchronous
	lambda.Start(handler)
}
