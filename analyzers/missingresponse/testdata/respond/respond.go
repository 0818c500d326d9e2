// Package respond holds response helpers of the module.
package respond

import (
	"encoding/json"
	"net/http"
)

// JSON writes v on every path.
func JSON(w http.ResponseWriter, v any) { // want JSON:"writes all,-"
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// CORS only sets headers.
func CORS(w http.ResponseWriter) { // want CORS:"writes never"
	w.Header().Set("Access-Control-Allow-Origin", "*")
}

// Handle is an HTTP function that forgets to respond on one path.
func Handle(w http.ResponseWriter, r *http.Request) { // want Handle:"writes some,-"
	if r.Method == "" {
		return
	}
	JSON(w, "ok")
}

// Noop is an HTTP function that never responds.
func Noop(w http.ResponseWriter, r *http.Request) {} // want Noop:"writes never,-"

// Fail writes only when err is not nil.
func Fail(w http.ResponseWriter, err error) bool { // want Fail:"writes some,-"
	if err == nil {
		return false
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
	return true
}
