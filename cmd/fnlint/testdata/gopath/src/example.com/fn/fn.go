// Package fn is a function in GOPATH mode: it and its helper are the
// user's code, the vendored library is not.
package fn

import (
	"log"
	"net/http"

	"example.com/fn/helper"
	"example.com/lib"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Hello", hello)
}

func hello(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/exit" {
		log.Fatal("exit")
	}
	w.Write([]byte(helper.MustEnv("NAME") + lib.Name()))
}
