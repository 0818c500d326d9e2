// Package lambdacontext is a stub of the real package's API surface.
package lambdacontext

import "context"

// LambdaContext is the invocation's metadata.
type LambdaContext struct {
	AwsRequestID       string
	InvokedFunctionArn string
}

// FromContext returns the LambdaContext value stored in ctx, if any.
func FromContext(ctx context.Context) (*LambdaContext, bool) {
	lc, ok := ctx.Value(key{}).(*LambdaContext)
	return lc, ok
}

type key struct{}
