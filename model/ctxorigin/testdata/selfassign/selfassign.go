// Package selfassign holds the idiom of giving a context parameter a
// value derived from itself.
package selfassign

import (
	"context"
	"time"
)

type key struct{}

func use(context.Context) {}

func withValue(ctx context.Context) {
	ctx = context.WithValue(ctx, key{}, 1)
	use(ctx) // want "param ctx derived"
}

func withTimeout(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	use(ctx) // want "param ctx derived"
}

// replaced: a parameter given a root is not the parameter any more.
func replaced(ctx context.Context) {
	ctx = context.Background()
	use(ctx) // want "unknown"
}
