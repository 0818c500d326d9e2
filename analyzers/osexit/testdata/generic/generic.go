// Package generic calls a method of a generic type of another package,
// and starts goroutines that defer a recovering helper of another package.
package generic

import (
	"net/http"

	"example.com/osx/config"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var cache config.Cache[string, int]

func init() { functions.HTTP("Get", get) }

func get(w http.ResponseWriter, r *http.Request) {
	_ = cache.MustGet(r.URL.Path) // want `calls \(\*config.Cache\).MustGet, which calls log.Fatal, which terminates the function instance`
	go func() {
		defer config.Recover()
		panic("recovered by the helper") // ok: config.Recover recovers
	}()
	go func() {
		panic("not recovered") // want `panic in a goroutine started from function code crashes the function instance`
	}()
}
