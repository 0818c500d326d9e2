// Package gcflog logs through a buffered Cloud Logging Logger and
// never flushes it.
package gcflog

import (
	"context"
	"net/http"

	"cloud.google.com/go/logging"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var logger *logging.Logger

func init() {
	client, _ := logging.NewClient(context.Background(), "projects/p")
	logger = client.Logger("fn") // want `\(\*logging.Client\).Logger returns a Logger that buffers its entries and sends them from a goroutine of its own, and no flush runs on the invocation's path: Cloud Run functions throttle .*; call logger.Flush\(\) before each invocation returns \(deferred in the handler\), or write with LogSync`
	functions.HTTP("Handle", handle)
}

func handle(w http.ResponseWriter, r *http.Request) {
	logger.Log(logging.Entry{Payload: r.URL.Path})
	w.WriteHeader(http.StatusOK)
}
