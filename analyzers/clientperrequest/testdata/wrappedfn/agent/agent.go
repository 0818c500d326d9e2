// Package agent is the module's tracing agent: WrapHandler returns a
// handler that runs h on every invocation.
package agent

import "context"

// WrapHandler returns a handler that runs h.
func WrapHandler(h func(context.Context, string) (string, error)) func(context.Context, string) (string, error) {
	return func(ctx context.Context, in string) (string, error) { return h(ctx, in) }
}
