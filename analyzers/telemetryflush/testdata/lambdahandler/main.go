// Command lambdahandler flushes in its handler.
package main

import (
	"context"

	"example.com/tf/exporter"
	"github.com/aws/aws-lambda-go/lambda"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

var tp = sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter.Exporter{})) // ok: the handler flushes

func handler(ctx context.Context) error {
	defer flush(ctx)
	return nil
}

func flush(ctx context.Context) { _ = tp.ForceFlush(ctx) }

func main() {
	lambda.Start(handler)
}
