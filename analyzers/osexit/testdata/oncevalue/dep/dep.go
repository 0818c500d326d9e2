// Package dep is a function whose settings are loaded in sync.OnceValue
// initializers of a dependency: a module of its own, not the
// function's.
package dep

import (
	"net/http"

	"example.com/settings"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var store = settings.NewStore()

func init() {
	functions.HTTP("Dep", serve)
}

func serve(w http.ResponseWriter, r *http.Request) {
	_ = settings.Get()         // want `calls settings.Get, which .*log.Fatalf`
	_, _ = settings.GetBoth()  // want `calls settings.GetBoth, which .*log.Fatal`
	settings.Check()           // want `calls settings.Check, which .*os.Exit`
	_ = settings.Plain()       // want `calls settings.Plain, which calls log.Fatalf`
	_ = settings.Quiet()       // ok: the initializer does not exit
	_ = settings.Load()        // ok: a blind spot, a function variable of a dependency has no summary
	_, _ = settings.LoadBoth() // ok: the same blind spot
	_ = settings.Quick()       // ok: the initializer does not exit
	_ = store.Settings()       // want `calls \(\*settings.Store\).Settings, which .*log.Fatalf`
}
