// Command lambdahandler starts Lambda handlers with options and as a
// Handler value.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

type handler struct{}

func (handler) Invoke(ctx context.Context, payload []byte) ([]byte, error) { // want `fc\[Invoke\]`
	return payload, nil
}

func withOptions(ctx context.Context) error { return nil } // want `fc\[withOptions\]`

func main() { // want `coldstart`
	if len("x") == 0 {
		lambda.StartHandler(handler{}) // want `entry lambda "Invoke" via lambda.StartHandler \(AWS Lambda\)`
	}
	lambda.StartWithOptions(withOptions) // want `entry lambda "withOptions" via lambda.StartWithOptions`
}
