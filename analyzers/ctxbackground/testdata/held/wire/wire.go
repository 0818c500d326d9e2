// Package wire builds repositories on its callers' contexts.
package wire

import (
	"context"

	"example.com/cb/held/repo"
)

// For builds a Built on the caller's context.
func For(ctx context.Context) *repo.Built { return repo.NewBuilt(ctx) }
