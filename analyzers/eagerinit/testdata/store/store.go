// Package store is a helper package of the module.
package store

import (
	"context"

	"cloud.google.com/go/storage"
)

// MustOpen creates a client.
func MustOpen() *storage.Client { // want MustOpen:"heavy via storage.NewClient"
	c, err := storage.NewClient(context.Background())
	if err != nil {
		panic(err)
	}
	return c
}
