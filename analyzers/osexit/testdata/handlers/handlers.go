// Package handlers declares HTTP handlers that package crossreg
// registers: this package registers nothing itself.
package handlers

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

// Hello exits; it is function code only through crossreg's registration.
func Hello(w http.ResponseWriter, r *http.Request) { // want Hello:"exits via log.Fatal"
	if r.URL.Path == "" {
		log.Fatal("no path")
	}
}

// Own is registered here too, so this package judges it.
func Own(w http.ResponseWriter, r *http.Request) { // want Own:"exits via log.Fatalf"
	log.Fatalf("own") // want `log.Fatalf terminates the function instance`
}

func init() { functions.HTTP("Own", Own) }
