// Package fn is a 1st-gen function at the root of a module on Go 1.26,
// which the platform offers (go126, on the google-24 stack).
package fn // ok: go126 is a runtime of the platform, deprecated from 2027-02

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
