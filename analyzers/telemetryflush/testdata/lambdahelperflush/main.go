// Command lambdahelperflush sets tracing up through a package of the
// module and flushes through it in the handler.
package main

import (
	"context"

	"example.com/tf/telemetry"
	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context) error {
	defer telemetry.Flush(ctx)
	return nil
}

func main() {
	telemetry.Init() // ok: the handler flushes through telemetry.Flush
	lambda.Start(handler)
}
