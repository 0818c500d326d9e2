package fns

import (
	"context"

	"cloud.google.com/go/pubsub"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() {
	functions.CloudEvent("Tagged", tagged)
	functions.CloudEvent("Replaced", replaced)
}

type traceKey struct{}

// tagged gives its context a value before building the client: the
// context is still the invocation's.
func tagged(ctx context.Context, e event.Event) error {
	ctx = context.WithValue(ctx, traceKey{}, "t")
	var err error
	once.Do(func() {
		ps, err = pubsub.NewClient(ctx, "p") // want `pubsub.NewClient is given the invocation's context and the client is kept in a package-level variable`
	})
	return err
}

// replaced gives its context parameter a root: no longer the
// invocation's.
func replaced(ctx context.Context, e event.Event) error {
	ctx = context.Background()
	var err error
	once.Do(func() {
		ps, err = pubsub.NewClient(ctx, "p") // ok
	})
	return err
}
