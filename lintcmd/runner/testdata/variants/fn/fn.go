// Package fn is a function whose tests make go list build test variants
// of the packages between it and its external test.
package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"

	"example.com/variants/shared"
)

func init() { functions.HTTP("Handle", Handle) }

// Handle answers with the configured greeting.
func Handle(w http.ResponseWriter, r *http.Request) {
	greeting := shared.MustEnv("GREETING")
	w.Write([]byte(greeting))
}
