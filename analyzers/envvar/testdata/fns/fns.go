// Package fns declares functions that read variables the Go 1.22
// runtime does not set.
package fns

import (
	"context"
	"net/http"
	"os"
	"syscall"

	"cloud.google.com/go/compute/metadata"
	"cloud.google.com/go/pubsub"
	"example.com/ev/config"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

var project = os.Getenv("GCP_PROJECT") // want `os.Getenv\("GCP_PROJECT"\) is empty on the platform's Go 1.13 and later runtimes \(this module's go directive is 1.22\): they set only FUNCTION_TARGET, FUNCTION_SIGNATURE_TYPE, K_SERVICE, K_REVISION and PORT; set GOOGLE_CLOUD_PROJECT at deploy time, or ask the metadata server`

const nameVar = "FUNCTION_NAME"

func init() {
	functions.HTTP("Publish", publish)
	functions.HTTP("Fallback", fallback)
	functions.HTTP("Fine", fine)
	functions.CloudEvent("OnEvent", onEvent)
}

func publish(w http.ResponseWriter, r *http.Request) {
	c, err := pubsub.NewClient(r.Context(), os.Getenv("GCLOUD_PROJECT")) // want `os.Getenv\("GCLOUD_PROJECT"\) is empty`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = c
	name := os.Getenv(nameVar)                    // want `os.Getenv\("FUNCTION_NAME"\) is empty .*; read K_SERVICE`
	if _, ok := os.LookupEnv("ENTRY_POINT"); ok { // want `os.LookupEnv\("ENTRY_POINT"\) is empty .*; read FUNCTION_TARGET`
		_ = name
	}
	_, _ = syscall.Getenv("FUNCTION_REGION") // want `syscall.Getenv\("FUNCTION_REGION"\) is empty`
	_ = config.Project()                     // want `calls config.Project, which reads GCP_PROJECT: it is empty on the platform's Go 1.13 and later runtimes`
	_ = config.Region()                      // ok
	w.WriteHeader(http.StatusOK)
}

func fine(w http.ResponseWriter, r *http.Request) {
	_ = os.Getenv("K_SERVICE")            // ok: set by the runtime
	_ = os.Getenv("GOOGLE_CLOUD_PROJECT") // ok: set at deploy time
	w.WriteHeader(http.StatusOK)
}

// fallback handles the old variable's absence.
func fallback(w http.ResponseWriter, r *http.Request) {
	p := os.Getenv("GCP_PROJECT") // ok: falls back below
	if p == "" {
		p = os.Getenv("GOOGLE_CLOUD_PROJECT")
	}
	_ = p
	w.WriteHeader(http.StatusOK)
}

func onEvent(ctx context.Context, e event.Event) error {
	p := os.Getenv("GCP_PROJECT") // ok: falls back to the metadata server
	if p == "" {
		p, _ = metadata.ProjectIDWithContext(ctx)
	}
	_ = p
	_ = os.Getenv("FUNCTION_MEMORY_MB") // want `os.Getenv\("FUNCTION_MEMORY_MB"\) is empty`
	return nil
}

// unreached is not function code.
func unreached() string { return os.Getenv("GCP_PROJECT") } // ok: not function code
