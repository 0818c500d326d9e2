// Package worker processes the records of the untyped command in
// another package.
package worker

import (
	"context"
	"errors"

	"github.com/aws/aws-lambda-go/events"
)

// Handle processes one message.
func Handle(ctx context.Context, msg events.SQSMessage) error {
	if msg.Body == "" {
		return errors.New("empty body") // ok: one record's failure
	}
	return nil
}

// HandleAll processes every message of a batch that a handler of
// another package gives it.
func HandleAll(ctx context.Context, msgs []events.SQSMessage) error {
	for _, msg := range msgs {
		if err := Handle(ctx, msg); err != nil {
			return err // ok: a blind spot, the handler that returns this error is in another package
		}
	}
	return nil
}

// DeadLetter sends a message to the dead-letter queue.
func DeadLetter(ctx context.Context, msg events.SQSMessage) {}
