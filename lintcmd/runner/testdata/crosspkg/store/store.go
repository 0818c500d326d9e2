// Package store opens the storage client that the entry points of
// other packages use.
package store

import (
	"context"
	"os"

	"cloud.google.com/go/storage"
)

// Open creates a storage client: on every invocation of the entry points
// that call it.
func Open(ctx context.Context) *storage.Client {
	c, err := storage.NewClient(ctx) // want `storage.NewClient creates a client .*on every invocation`
	if err != nil {
		return nil
	}
	return c
}

// Unused is called by no entry point.
func Unused() {
	os.Exit(1) // ok: reached from no entry point
}

// Shared creates a client that its callers keep.
func Shared(ctx context.Context) *storage.Client {
	c, _ := storage.NewClient(ctx) // ok: its caller keeps the client in a package-level variable
	return c
}
