// Package respond holds response helpers of the module.
package respond

import (
	"encoding/json"
	"net/http"
)

// JSON writes v on every path.
func JSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// CORS only sets headers.
func CORS(w http.ResponseWriter) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
}

// Handle is an HTTP function that forgets to respond on one path.
func Handle(w http.ResponseWriter, r *http.Request) {
	if r.Method == "" {
		return
	}
	JSON(w, "ok")
}

// Noop is an HTTP function that never responds.
func Noop(w http.ResponseWriter, r *http.Request) {}

// Fail writes only when err is not nil.
func Fail(w http.ResponseWriter, err error) bool {
	if err == nil {
		return false
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
	return true
}
