// Package gcflogsync writes synchronously.
package gcflogsync

import (
	"context"
	"net/http"
	"os"

	"cloud.google.com/go/logging"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var logger, stdout *logging.Logger

func init() {
	client, _ := logging.NewClient(context.Background(), "projects/p")
	logger = client.Logger("fn")                                     // ok: used only with LogSync
	stdout = client.Logger("out", logging.RedirectAsJSON(os.Stdout)) // ok: synchronous
	functions.HTTP("Handle", handle)
}

func handle(w http.ResponseWriter, r *http.Request) {
	logger.LogSync(r.Context(), logging.Entry{Payload: r.URL.Path})
	w.WriteHeader(http.StatusOK)
}
