// Package thirdparty calls the exit helper of a logger that no
// knowledge table lists: that it exits is derived from its code.
package thirdparty

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cybozu-go/log"
)

func init() {
	functions.HTTP("Handle", handle)
}

func handle(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		log.ErrorExit(err) // want `calls log.ErrorExit, which calls os.Exit, which terminates the function instance; respond with http.Error and return instead`
	}
	log.Error("form parsed", nil) // ok: logs without exiting
	w.WriteHeader(http.StatusNoContent)
}
