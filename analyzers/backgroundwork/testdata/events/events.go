// Package events declares an event function with a panic path.
package events

import (
	"context"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() {
	functions.CloudEvent("E", handle)
}

func work(e event.Event) {}

func handle(ctx context.Context, e event.Event) error {
	done := make(chan struct{})
	go func() { // ok: every path that returns waits; the other panics
		defer close(done)
		work(e)
	}()
	if e.Type() == "" {
		panic("no type")
	}
	<-done
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		go work(e) // want `goroutine outlives the invocation`
	}
}
