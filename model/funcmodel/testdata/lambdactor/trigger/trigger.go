// Package trigger runs a function for every record of an event.
package trigger

import (
	"context"
	"encoding/json"
)

// Trigger keeps the function to run per record.
type Trigger struct {
	workers int
	fn      func(context.Context, json.RawMessage) error
}

// New returns a Trigger that runs fn per record.
func New(workers int, fn func(context.Context, json.RawMessage) error) *Trigger {
	return &Trigger{workers, fn}
}

// Handle runs the function for every record.
func (t *Trigger) Handle(ctx context.Context, event map[string][]json.RawMessage) error {
	for _, r := range event["Records"] {
		if err := t.fn(ctx, r); err != nil {
			return err
		}
	}
	return nil
}
