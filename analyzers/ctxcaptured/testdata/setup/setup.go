// Package setup is a helper package of the module that fills globals on
// first use, as Google's Slack and OCR samples do.
package setup

import (
	"context"
	"net/http"

	"cloud.google.com/go/pubsub"
	"cloud.google.com/go/storage"
)

var (
	Storage *storage.Client
	PubSub  *pubsub.Client
)

// Init builds the clients from ctx and keeps them.
func Init(ctx context.Context) error { // want Init:`keeps a client built from parameter \[0\] via storage.NewClient`
	var err error
	Storage, err = storage.NewClient(ctx) // ok: judged where function code calls Init
	if err != nil {
		return err
	}
	return initPubSub(ctx)
}

func initPubSub(ctx context.Context) error {
	c, err := pubsub.NewClient(ctx, "project")
	if err != nil {
		return err
	}
	PubSub = c
	return nil
}

// FromRequest builds a client from the request's context.
func FromRequest(r *http.Request) { // want FromRequest:`keeps a client built from parameter \[0\] via setup.initPubSub -> pubsub.NewClient`
	_ = initPubSub(r.Context())
}

// Fresh builds a client it does not keep.
func Fresh(ctx context.Context) (*storage.Client, error) {
	return storage.NewClient(ctx) // ok: not kept here
}
