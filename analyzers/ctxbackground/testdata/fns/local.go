package fns

import (
	"context"
	"net/http"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("LocalClient", localClient) }

// localClient calls helpers that make a client for their own use: what
// they make dies with the call, so the context they are given bounds
// the work they do for this invocation, as it would without the client.
func localClient(w http.ResponseWriter, r *http.Request) {
	ctx := context.Background()
	_ = saveWith(ctx, "a")                      // want `fns.saveWith is given a context that holds context.Background\(\) while the invocation's context is in scope`
	_ = saveTo("b")                             // want `calls fns.saveTo, which has no context parameter and passes context.Background\(\) to \(\*storage.ObjectHandle\).NewWriter`
	_ = keepClient(context.Background())        // ok: it keeps the client in a package-level variable (a cache fill)
	_ = keepIn(context.Background(), &holder{}) // ok: it keeps the client in a struct its caller gives
	_, _ = makeAndUse(context.Background())     // ok: a constructor of the package, whose result may hold the context
	_ = handOver(context.Background())          // ok: it hands the client to a call, which may keep it
	_ = useVia(context.Background())            // ok: a blind spot: the call it hands the client to keeps nothing, but is not looked into
	w.WriteHeader(http.StatusOK)
}

// saveWith makes a client, uses it and closes it: it returns only an
// error and writes nothing but its own locals.
func saveWith(ctx context.Context, name string) error {
	c, err := storage.NewClient(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	wr := c.Bucket("b").Object(name).NewWriter(ctx)
	st := &stats{}
	st.name = name // a string: it cannot hold the client
	return wr.Close()
}

type stats struct{ name string }

// saveTo has no context parameter and makes its own.
func saveTo(name string) error {
	ctx := context.Background()
	c, err := storage.NewClient(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	wr := c.Bucket("b").Object(name).NewWriter(ctx)
	return wr.Close()
}

func keepClient(ctx context.Context) error {
	c, err := storage.NewClient(ctx)
	if err != nil {
		return err
	}
	client = c
	return nil
}

type holder struct{ c *storage.Client }

// keepIn keeps the client where its caller can reach it.
func keepIn(ctx context.Context, h *holder) error {
	c, err := storage.NewClient(ctx)
	h.c = c
	return err
}

func makeAndUse(ctx context.Context) (*storage.Client, error) {
	c, err := storage.NewClient(ctx)
	if err != nil {
		return nil, err
	}
	return c, c.Bucket("b").Object("x").NewWriter(ctx).Close()
}

// handOver makes a client and gives it to a function that keeps it.
func handOver(ctx context.Context) error {
	c, err := storage.NewClient(ctx)
	if err != nil {
		return err
	}
	register(c)
	return nil
}

func register(c *storage.Client) { client = c }

// useVia makes a client and hands it to a helper that only uses it.
func useVia(ctx context.Context) error {
	c, err := storage.NewClient(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	return writeWith(ctx, c)
}

func writeWith(ctx context.Context, c *storage.Client) error {
	return c.Bucket("b").Object("y").NewWriter(ctx).Close()
}
