// Command lambda is an AWS Lambda handler that calls the same helpers as
// the Cloud Run function.
package main

import (
	"context"
	"os"

	"example.com/crosspkg/store"
	"example.com/crosspkg/util"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context) error {
	_ = store.Open(ctx)                 // ok: reported in store.Open
	util.Check("")                      // ok: reported in util.Check
	util.Maybe(util.Config{Exit: true}) // want `calls util.Maybe, which calls os.Exit, which ends the Lambda runtime process`
	return nil
}

func main() {
	// Run once outside Lambda, at start-up: handle runs at cold start
	// too, and on every invocation.
	if os.Getenv("LOCAL") != "" {
		_ = handle(context.Background())
		return
	}
	lambda.Start(handle)
}
