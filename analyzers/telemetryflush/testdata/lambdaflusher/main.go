// Command lambdaflusher flushes at the end of every invocation through
// otellambda.
package main

import (
	"context"

	"example.com/tf/exporter"
	"github.com/aws/aws-lambda-go/lambda"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func handler(ctx context.Context) error { return nil }

func main() {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter.Exporter{})) // ok: WithFlusher flushes each invocation
	lambda.Start(otellambda.InstrumentHandler(handler, otellambda.WithFlusher(tp)))
}
