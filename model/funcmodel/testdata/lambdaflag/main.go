// Command lambdaflag is an AWS Lambda function whose handlers a
// dispatcher chooses at run time, which the model does not follow: the
// -entry flag names them, and they are Lambda's entry points unless the
// flag says otherwise.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var handlers = map[string]func(context.Context, events.SQSEvent) error{}

func dispatch(ctx context.Context, ev events.SQSEvent) error { // want `fc\[dispatch\]`
	return handlers[ev.Records[0].Body](ctx, ev)
}

func process(ctx context.Context, ev events.SQSEvent) error { return nil }

func export(ctx context.Context, ev events.SQSEvent) error { return nil }

func main() { // want `coldstart`
	lambda.Start(dispatch) // want `entry lambda "dispatch" via lambda.Start \(AWS Lambda\)`
}
