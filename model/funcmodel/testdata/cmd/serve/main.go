// Command serve serves a function package that is not at the module
// root: its registrations declare the entry points of that package.
package main

import (
	"context"
	"net/http"

	"example.com/root/notroot"
	"github.com/GoogleCloudPlatform/functions-framework-go/funcframework"
)

func local(w http.ResponseWriter, r *http.Request) {} // ok: the server's own code

func main() {
	ctx := context.Background()
	funcframework.RegisterHTTPFunctionContext(ctx, "/", notroot.Handle) // want `entry http "/" via funcframework.RegisterHTTPFunctionContext`
	funcframework.RegisterHTTPFunctionContext(ctx, "/local", local)
	funcframework.Start("8080")
}
