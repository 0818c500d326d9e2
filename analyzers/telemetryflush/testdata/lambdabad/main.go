// Command lambdabad batches spans and flushes them only in main.
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
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter.Exporter{})) // want `trace.WithBatcher buffers spans and exports them from a goroutine of its own, and no flush runs on the invocation's path: AWS Lambda freezes the execution environment when the handler returns, so what is buffered waits for a later invocation and is lost when the environment is shut down; flush before each invocation returns: defer tp.ForceFlush\(ctx\) in the handler, or wrap it with otellambda.InstrumentHandler\(h, otellambda.WithFlusher\(tp\)\)`
	defer tp.Shutdown(context.Background())
	defer func() { _ = tp.ForceFlush(context.Background()) }()
	lambda.Start(otellambda.InstrumentHandler(handler))
}
