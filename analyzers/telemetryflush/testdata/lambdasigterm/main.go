// Command lambdasigterm flushes when the environment shuts down.
package main

import (
	"context"

	"example.com/tf/exporter"
	"github.com/aws/aws-lambda-go/lambda"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func handler(ctx context.Context) error { return nil }

func main() {
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter.Exporter{})) // ok: flushed at shutdown
	lambda.StartWithOptions(handler, lambda.WithEnableSIGTERM(func() {
		_ = tp.Shutdown(context.Background())
	}))
}
