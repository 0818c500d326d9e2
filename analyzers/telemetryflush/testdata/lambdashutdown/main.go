// Command lambdashutdown defers the shutdown a setup helper returns in
// main, where it never runs.
package main

import (
	"context"

	"example.com/tf/telemetry"
	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context) error { return nil }

func main() {
	shutdown := telemetry.Setup() // want `calls telemetry.Setup, which sets up trace.WithBatcher`
	defer shutdown(context.Background())
	lambda.Start(handler)
}
