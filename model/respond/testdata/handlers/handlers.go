// Package handlers calls the helpers of another package; the probe
// reports each function's summary, the summaries it imports, the
// returns a path reaches without writing, and the states of the
// response at each call of state().
package handlers

import (
	"fmt"
	"net/http"

	"example.com/resp/helpers"
)

func state() {}

func viaJSON(w http.ResponseWriter, r *http.Request) { // want `viaJSON: all,-`
	state()               // want `state: unwritten`
	helpers.JSON(w, "ok") // want `imports helpers.JSON: all,-`
	state()               // want `state: maybe`
}

func viaCORS(w http.ResponseWriter, r *http.Request) { // want `viaCORS: never,-`
	helpers.CORS(w) // want `imports helpers.CORS: never`
	state()         // want `state: unwritten`
} // want `silent exit`

// viaFail calls a helper that writes on some paths, which counts as
// responding (missingresponse's blind spot, on the side of silence).
func viaFail(w http.ResponseWriter, r *http.Request) { // want `viaFail: all,-`
	if helpers.Fail(w, nil) { // want `imports helpers.Fail: some,-`
		state() // want `state: maybe`
		return
	}
	state() // want `state: maybe`
}

func viaError(w http.ResponseWriter, r *http.Request) { // want `viaError: must,-`
	if r.Method != http.MethodGet {
		http.Error(w, "method", http.StatusMethodNotAllowed)
		state() // want `state: written`
		return
	}
	var resp helpers.Responder
	resp.Error(w, "bad") // want `imports helpers.Error: must,-`
	state()              // want `state: written`
}

func viaStruct(w http.ResponseWriter, r *http.Request) { // want `viaStruct: all,-`
	rw := helpers.Resp{W: w} // stored in a struct: counts as writing
	state()                  // want `state: maybe`
	rw.OK()
}

func viaLocal(w http.ResponseWriter, r *http.Request) { // want `viaLocal: some,-`
	if r.URL.Path == "/" {
		local(w)
		state() // want `state: written`
		return
	}
	headersOnly(w)
	state() // want `state: unwritten`
	return  // want `silent exit`
}

func local(w http.ResponseWriter) { // want `local: must`
	alias := w
	alias.WriteHeader(http.StatusNoContent)
}

func headersOnly(w http.ResponseWriter) { // want `headersOnly: never`
	helpers.Headers(w) // want `imports helpers.Headers: never`
} // want `silent exit`

func deferred(w http.ResponseWriter, r *http.Request) { // want `deferred: all,-`
	defer http.Error(w, "late", http.StatusInternalServerError)
	state() // want `state: maybe`
}

func either(w http.ResponseWriter, r *http.Request) { // want `either: must,-`
	if r.Method == "" {
		w.WriteHeader(http.StatusBadRequest)
	}
	state() // want `state: unwritten\|written`
	fmt.Fprintln(w, "done")
	state() // want `state: written`
}
