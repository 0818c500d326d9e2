// Package fn is a function whose settings are loaded in sync.OnceValue
// initializers of another package.
package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"

	"example.com/oncevalue/settings"
)

func init() {
	functions.HTTP("Serve", serve)
}

func serve(w http.ResponseWriter, r *http.Request) {
	_ = settings.Get()         // want `calls settings.Get, which .*log.Fatalf`
	_, _ = settings.GetBoth()  // want `calls settings.GetBoth, which .*log.Fatal`
	settings.Check()           // want `calls settings.Check, which .*os.Exit`
	_ = settings.Plain()       // want `calls settings.Plain, which calls log.Fatalf`
	_ = settings.Quiet()       // ok: the initializer does not exit
	_ = settings.Load()        // want `calls settings.Load, which calls log.Fatalf`
	_, _ = settings.LoadBoth() // want `calls settings.LoadBoth, which calls log.Fatal`
	_ = settings.Quick()       // ok: the initializer does not exit
	go settings.Load()         // want `calls settings.Load, which calls log.Fatalf`
}
