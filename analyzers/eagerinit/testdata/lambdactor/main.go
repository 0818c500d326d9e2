// Command lambdactor starts the Handle method of a value that keeps the
// function to run per record: that function is the same deployed
// function, and what it uses is used.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	cfg, _ = config.LoadDefaultConfig(context.Background()) // ok: handle uses it, through queue
	queue  = sqs.NewFromConfig(cfg)                         // ok: handle, which the trigger runs, uses it
	unused = dynamodb.NewFromConfig(cfg)                    // want `dynamodb.NewFromConfig runs at every cold start to initialize unused, but no entry point uses it`
)

type trigger struct {
	fn func(context.Context, json.RawMessage) error
}

func newTrigger(fn func(context.Context, json.RawMessage) error) *trigger {
	return &trigger{fn: fn}
}

func (t *trigger) Handle(ctx context.Context, event map[string][]json.RawMessage) error {
	for _, r := range event["Records"] {
		if err := t.fn(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func handle(ctx context.Context, record json.RawMessage) error {
	_, err := queue.SendMessage(ctx, &sqs.SendMessageInput{})
	return err
}

func main() {
	lambda.Start(newTrigger(handle).Handle)
}
