// Package fn is a 1st-gen function on the Go 1.11 runtime, which sets
// the old variables.
package fn

import (
	"net/http"
	"os"
)

// Hello is an HTTP function.
func Hello(w http.ResponseWriter, r *http.Request) { // want Hello:`reads a legacy variable via`
	w.Write([]byte(os.Getenv("GCP_PROJECT"))) // ok: the Go 1.11 runtime sets it
}
