// Package setup builds Lambda handlers: Handler runs load once, when it
// is called, and returns a handler that runs h on every invocation.
package setup

import "context"

// Handler returns a handler that runs h, once load has succeeded.
func Handler(load func() error, h func(context.Context, string) (string, error)) func(context.Context, string) (string, error) {
	err := load()
	// ok: the literal of another package that the registered value runs
	// is not judged as function code (a known blind spot).
	return func(ctx context.Context, in string) (string, error) {
		if err != nil {
			return "", err
		}
		return h(ctx, in)
	}
}
