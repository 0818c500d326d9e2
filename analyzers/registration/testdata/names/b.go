package names

import (
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/funcframework"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

// A second init, in a later file, runs after a.go's.
func init() {
	functions.Typed("typed", typed) // want `functions.Typed registers the name "typed" again \(first at a.go:22\)`
	functions.HTTP("b-only", serve)
}

func init() {
	functions.HTTP("b-only", serve) // want `functions.HTTP registers the name "b-only" again \(first at b.go:14\)`

	// ok: only one branch runs.
	if os.Getenv("V2") != "" {
		functions.HTTP("branch", serve)
	} else {
		functions.HTTP("branch", serve)
	}
	// ok: not a constant; not judged.
	name := os.Getenv("NAME")
	functions.HTTP(name, serve)
	functions.HTTP(name, serve)
	// ok: a blind spot, registrations in a helper that init calls.
	register()
	register()
	// ok: funcframework registers by path and checks nothing.
	funcframework.RegisterHTTPFunction("/orders", serve)
	funcframework.RegisterHTTPFunction("/orders", serve)
}

func register() { functions.HTTP("helper", serve) }

// ok: not init: registered if ever called, and then at most once here.
func later() {
	functions.HTTP("orders", serve)
}

func serve(w http.ResponseWriter, r *http.Request) {}
