// Package golambda is a stub of github.com/m-mizutani/golambda at its
// real import path, with the real shape of Start: it gives lambda.Start
// a literal that calls the callback on every invocation.
package golambda

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

// Event is the invocation's event.
type Event struct {
	Ctx    context.Context
	Origin interface{}
}

// Callback is a Lambda handler of golambda's.
type Callback func(event Event) (interface{}, error)

// Start starts the Lambda function with callback.
func Start(callback Callback) {
	lambda.Start(func(ctx context.Context, origin interface{}) (interface{}, error) {
		event := Event{Ctx: ctx, Origin: origin}
		result, err := callback(event)
		if err != nil {
			return nil, err
		}
		return result, nil
	})
}
