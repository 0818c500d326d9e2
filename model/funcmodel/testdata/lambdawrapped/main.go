// Command lambdawrapped starts Lambda handlers passed through wrappers
// of other packages: a tracing agent of the module and Datadog's.
package main

import (
	"context"

	ddlambda "github.com/DataDog/datadog-lambda-go"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/root/lambdawrapped/agent"
)

func handler(ctx context.Context) error { return nil } // want `fc\[handler\]`

func traced(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[traced\]`

var ctxName = "x"

type handler struct{ err error }

// newHandler runs load itself: load is no handler of what it returns.
func newHandler(load func() error) interface{} { return &handler{err: load()} } // want `coldstart`

func loadConfig() error { return nil } // want `coldstart`

func main() { // want `coldstart`
	if len(ctxName) > 0 {
		lambda.Start(agent.WrapHandler(handler)) // want `entry lambda "handler" via lambda.Start \(AWS Lambda\)`
	}
	if len(ctxName) > 1 {
		h := newHandler(loadConfig)
		lambda.Start(h) // ok: no handler found (interface{})
	}
	wrapped := ddlambda.WrapFunction(traced, nil)
	lambda.Start(wrapped) // want `entry lambda "traced" via lambda.Start \(AWS Lambda\)`
}
