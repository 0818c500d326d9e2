// Command local serves functions for local development: the platform
// never runs it, and its registrations are not judged.
package main

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/funcframework"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"

	_ "example.com/reg/names" // ok: the same names in another package are a blind spot
)

func init() {
	functions.HTTP("local", serve)
	functions.HTTP("local", serve) // ok: a local server, not the function
}

func serve(w http.ResponseWriter, r *http.Request) {}

func main() { funcframework.Start("8080") }
