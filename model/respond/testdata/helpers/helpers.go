// Package helpers holds response helpers of the module, summarized for
// the packages that call them.
package helpers

import (
	"encoding/json"
	"net/http"
)

// JSON writes v on every path.
func JSON(w http.ResponseWriter, v any) { // want JSON:`writes the response \[0\] via all`
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// CORS only sets headers.
func CORS(w http.ResponseWriter) { // want CORS:`writes the response \[0\] via never`
	w.Header().Set("Access-Control-Allow-Origin", "*")
}

// Fail writes only when err is not nil.
func Fail(w http.ResponseWriter, err error) bool { // want Fail:`writes the response \[0\] via some`
	if err == nil {
		return false
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
	return true
}

// Status writes through a helper that writes on every path.
func Status(code int, w http.ResponseWriter) { // want Status:`writes the response \[1\] via all`
	JSON(w, code)
}

// Headers writes nothing itself: CORS never writes.
func Headers(w http.ResponseWriter) { // want Headers:`writes the response \[0\] via never`
	CORS(w)
}

// A Responder writes through its method's parameter.
type Responder struct{ Pretty bool }

// Error writes on every path.
func (r *Responder) Error(w http.ResponseWriter, msg string) { // want Error:`writes the response \[0\] via must`
	http.Error(w, msg, http.StatusBadRequest)
}

// A Resp holds the writer.
type Resp struct{ W http.ResponseWriter }

// OK writes through the writer it holds: no parameter to summarize.
func (r Resp) OK() { r.W.WriteHeader(http.StatusOK) }

// unexported helpers get no fact.
func unexported(w http.ResponseWriter) { http.NotFound(w, nil) }

var _ = unexported

// Handle is an HTTP function that forgets to respond on one path.
func Handle(w http.ResponseWriter, r *http.Request) { // want Handle:`writes the response \[0\] via some`
	if r.Method == "" {
		return
	}
	JSON(w, "ok")
}

// Noop is an HTTP function that never responds.
func Noop(w http.ResponseWriter, r *http.Request) {} // want Noop:`writes the response \[0\] via never`
