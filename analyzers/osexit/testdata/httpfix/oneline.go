package httpfix

import (
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("OneLine", oneLine) }

// This file is not gofmt-clean: its fix keeps the layout.

// oneLine exits twice on one line.
func oneLine(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		log.Print("x"); log.Fatal("c"); os.Exit(3) // want `log.Fatal terminates` `os.Exit terminates`
	}
	fmt.Fprint(w, "ok")
}
