// Package gcflogflush flushes its Logger in the handler.
package gcflogflush

import (
	"context"
	"net/http"

	"cloud.google.com/go/logging"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var logger *logging.Logger

func init() {
	client, _ := logging.NewClient(context.Background(), "projects/p")
	logger = client.Logger("fn") // ok: flushed in the handler
	functions.HTTP("Handle", handle)
}

func handle(w http.ResponseWriter, r *http.Request) {
	defer logger.Flush()
	logger.Log(logging.Entry{Payload: r.URL.Path})
	w.WriteHeader(http.StatusOK)
}
