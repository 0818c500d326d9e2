// Package gcfbad is a Cloud Run function that batches spans and never
// flushes them.
package gcfbad

import (
	"net/http"

	"example.com/tf/exporter"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

var tp *sdktrace.TracerProvider

func init() {
	tp = sdktrace.NewTracerProvider()
	tp.RegisterSpanProcessor(sdktrace.NewBatchSpanProcessor(exporter.Exporter{})) // want `trace.NewBatchSpanProcessor buffers spans and exports them from a goroutine of its own, and no flush runs on the invocation's path: Cloud Run functions throttle the instance's CPU outside requests and may stop an idle instance, so what is buffered is sent late or lost; flush before each invocation returns: defer tp.ForceFlush\(ctx\) in the handler$`
	functions.HTTP("Handle", handle)
}

func handle(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
