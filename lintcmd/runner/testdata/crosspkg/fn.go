// Package fn is a Cloud Run function whose handler calls helpers of
// other packages of its module: a problem in a helper is reported where
// it is, in the helper, once, not at each call.
package fn

import (
	"net/http"

	"cloud.google.com/go/storage"
	"example.com/crosspkg/store"
	"example.com/crosspkg/util"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Hello", hello)
}

// exiter is the module's own interface, which util.Exiter implements.
type exiter interface{ Exit() }

var quit exiter = util.Exiter{}

var shared *storage.Client

var byName = map[string]func(){"/boom": util.Boom}

func hello(w http.ResponseWriter, r *http.Request) {
	client := store.Open(r.Context()) // ok: reported in store.Open, where the client is created
	_ = client
	if shared == nil {
		shared = store.Shared(r.Context()) // want `unsynchronized lazy initialization of package-level variable fn.shared` (kept: the client made in store.Shared is not reported)
	}
	util.Check(r.URL.Query().Get("name"))              // ok: reported in util.Check, where it exits
	util.Chain()                                       // ok: reported in deep.Fail, two packages down
	util.Maybe(util.Config{})                          // ok: the exit in util.Maybe is off for this call
	util.MaybeVia(util.Config{})                       // ok: and for this one, through util.MaybeVia
	util.Both(util.Config{Exit: r.Method == "DELETE"}) // ok: reported in util.Both
	quit.Exit()                                        // ok: through the interface, reported in util.Exiter.Exit
	byName[r.URL.Path]()                               // ok: a function value out of a map is followed nowhere (a blind spot)
	util.Count()                                       // ok: reported in util.Count, where it writes
	w.Write([]byte("hello"))
}
