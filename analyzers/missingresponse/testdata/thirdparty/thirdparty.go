// Package thirdparty ends a path with the exit helper of a logger no
// knowledge table lists: that it never returns is derived from its code.
package thirdparty

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cybozu-go/log"
)

func init() {
	functions.HTTP("Exits", exits)
	functions.HTTP("Logs", logs)
}

// ok: the path without a response ends in log.ErrorExit, which never
// returns (osexit reports the exit itself).
func exits(w http.ResponseWriter, r *http.Request) {
	err := r.ParseForm()
	if err == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	log.ErrorExit(err)
}

func logs(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		log.Error("bad form", nil)
		return // want `returns without writing a response`
	}
	w.WriteHeader(http.StatusNoContent)
}
