// Package functions is a stub of the functions-framework-go registration
// API, at its import path in a GOPATH.
package functions

import "net/http"

func HTTP(name string, fn func(http.ResponseWriter, *http.Request)) {}
