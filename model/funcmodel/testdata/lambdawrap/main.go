// Command lambdawrap starts Lambda handlers in every shape aws-lambda-go
// accepts: the Start variants, a Handler value, and handlers wrapped by
// lambda.NewHandler.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

func plain(ctx context.Context) error                            { return nil }     // want `fc\[plain\]`
func withCtx(ctx context.Context) error                          { return nil }     // want `fc\[withCtx\]`
func typed(ctx context.Context, in string) (string, error)       { return in, nil } // want `fc\[typed\]`
func wrapped(ctx context.Context, in string) (string, error)     { return in, nil } // want `fc\[wrapped\]`
func wrappedOpts(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[wrappedOpts\]`
func viaVar(ctx context.Context) error                           { return nil }     // want `fc\[viaVar\]`

// invoker serves raw payloads.
type invoker struct{}

func (invoker) Invoke(ctx context.Context, payload []byte) ([]byte, error) { // want `fc\[Invoke\]`
	return payload, nil
}

// A package-level wrapped handler is kept, not run, at cold start.
var kept = lambda.NewHandler(viaVar)

func start(ctx context.Context) { // want `coldstart`
	lambda.StartWithContext(ctx, withCtx)    // want `entry lambda "withCtx" via lambda.StartWithContext \(AWS Lambda\)`
	lambda.StartHandlerFunc(typed)           // want `entry lambda "typed" via lambda.StartHandlerFunc \(AWS Lambda\)`
	lambda.Start(lambda.NewHandler(wrapped)) // want `entry lambda "wrapped" via lambda.Start \(AWS Lambda\)`
	h := lambda.NewHandlerWithOptions(wrappedOpts)
	lambda.StartHandlerWithContext(ctx, h) // want `entry lambda "wrappedOpts" via lambda.StartHandlerWithContext \(AWS Lambda\)`
	lambda.StartHandler(kept)              // want `entry lambda "viaVar" via lambda.StartHandler \(AWS Lambda\)`
	lambda.Start(invoker{})                // want `entry lambda "Invoke" via lambda.Start \(AWS Lambda\)`
}

func main() { // want `coldstart`
	start(context.Background())
	lambda.Start(plain) // want `entry lambda "plain" via lambda.Start \(AWS Lambda\)`
}
