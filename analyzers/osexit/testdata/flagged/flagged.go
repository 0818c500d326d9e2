// Package flagged is analyzed with -osexit.coldstart and -osexit.panic.
package flagged

import (
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var home = mustHome()

func mustHome() string {
	h, err := os.UserHomeDir()
	if err != nil {
		log.Fatal(err) // want `log.Fatal terminates the function instance; keep the error and have the function respond with http.Error instead$`
	}
	return h
}

func init() {
	if os.Getenv("X") == "" {
		os.Exit(1) // want `os.Exit terminates the function instance; keep the error and have the function respond with http.Error instead$`
	}
	functions.HTTP("H", handle)
}

func handle(w http.ResponseWriter, r *http.Request) {
	if r.Method == "" {
		panic("no method") // want `panic in function code: the framework answers 500`
	}
	w.Write([]byte(home))
}
