// Package handlers declares handlers that another package registers.
package handlers

import "net/http"

// Hello is registered by package crosspkg.
func Hello(w http.ResponseWriter, r *http.Request) {}

// EnableCors takes a pointer to a ResponseWriter: not an HTTP function.
func EnableCors(w *http.ResponseWriter, r *http.Request) {}
