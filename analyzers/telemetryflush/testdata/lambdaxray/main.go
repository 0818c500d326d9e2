// Command lambdaxray flushes through xrayconfig's recommended options.
package main

import (
	"context"

	"example.com/tf/exporter"
	"github.com/aws/aws-lambda-go/lambda"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda/xrayconfig"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func handler(ctx context.Context) error { return nil }

func main() {
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(sdktrace.NewBatchSpanProcessor(exporter.Exporter{}))) // ok: the recommended options include WithFlusher
	lambda.Start(otellambda.InstrumentHandler(handler, xrayconfig.WithRecommendedOptions(tp)...))
}
