// Command lambdahelper sets tracing up through a package of the module
// and never flushes.
package main

import (
	"context"

	"example.com/tf/telemetry"
	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context) error { return nil }

func main() {
	telemetry.Init() // want `calls telemetry.Init, which sets up trace.WithBatcher: it buffers what it records and sends it from a goroutine of its own, and no flush runs on the invocation's path: AWS Lambda freezes`
	lambda.Start(handler)
}
