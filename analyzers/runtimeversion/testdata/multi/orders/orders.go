// Package orders registers a function with functions-framework-go.
package orders // ok: reported once, at the go directive

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("orders", serve)
}

func serve(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }
