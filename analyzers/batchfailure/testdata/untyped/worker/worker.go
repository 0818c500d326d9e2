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
func HandleAll(ctx context.Context, msgs []events.SQSMessage) error { // want HandleAll:"fails a batch via the return at worker.go:25"
	for _, msg := range msgs {
		if err := Handle(ctx, msg); err != nil {
			return err // ok: reported where a handler of another package returns HandleAll's error
		}
	}
	return nil
}

// Process processes the event's messages through HandleAll.
func Process(ctx context.Context, ev events.SQSEvent) error { // want Process:"fails a batch via worker.HandleAll -> the return at worker.go:25"
	return HandleAll(ctx, ev.Records)
}

// DeadLetter sends a message to the dead-letter queue.
func DeadLetter(ctx context.Context, msg events.SQSMessage) {}
