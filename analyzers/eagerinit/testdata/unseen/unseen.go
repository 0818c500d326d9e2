// Package unseen keeps the function that uses a client in a struct
// field given two values and runs it through the field: the model does
// not follow that call, so it cannot tell that the entry point uses the
// client.
package unseen

import (
	"context"
	"net/http"
	"os"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var client, _ = storage.NewClient(context.Background()) // ok: process uses it, and Work may run process through its field

var idle, _ = storage.NewClient(context.Background()) // want `storage.NewClient runs at every cold start to initialize idle, but entry point Work never uses it`

type worker struct {
	fn func(ctx context.Context) error
}

func (w *worker) Handle(w2 http.ResponseWriter, r *http.Request) {
	if err := w.fn(r.Context()); err != nil {
		http.Error(w2, err.Error(), http.StatusInternalServerError)
	}
}

var wk = &worker{}

func init() {
	wk.fn = process
	if os.Getenv("DRY_RUN") != "" {
		wk.fn = dryRun
	}
	functions.HTTP("Work", wk.Handle)
	functions.HTTP("Health", health)
}

func process(ctx context.Context) error {
	_ = client.Bucket("b")
	return nil
}

func health(w http.ResponseWriter, r *http.Request) { _ = idle }

func dryRun(ctx context.Context) error { return nil }
