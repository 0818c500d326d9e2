// Command local is a local development server: registrations in a main
// package declare no entry points.
package main

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/funcframework"
)

func handle(w http.ResponseWriter, r *http.Request) {}

func main() {
	funcframework.RegisterHTTPFunctionContext(context.Background(), "/", handle) // ok: main package
	funcframework.Start("8080")
}
