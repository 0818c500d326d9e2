// Package registered declares its functions with functions-framework-go.
package registered

import (
	"context"
	"net/http"
	"sync"

	fw "github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

type server struct{}

var s server

func init() {
	fw.HTTP("hello", hello)                                                             // want `entry http "hello" via functions.HTTP`
	fw.HTTP("method", s.handle)                                                         // want `entry http "method" via functions.HTTP`
	fw.CloudEvent("lit", func(ctx context.Context, e event.Event) error { return nil }) // want `entry cloudevent "lit" via functions.CloudEvent` `fc\[lit\]`
	fw.HTTP("wrapped", withCORS(wrapped))                                               // want `entry http "wrapped" via functions.HTTP` `entry http "wrapped" via functions.HTTP`
	h := http.HandlerFunc(viaVar)
	fw.HTTP("var", h)        // want `entry http "var" via functions.HTTP`
	fw.Typed("typed", typed) // want `entry typed "typed" via functions.Typed`
	setup()
}

var once sync.Once

func hello(w http.ResponseWriter, r *http.Request) { // want `fc\[hello\]`
	once.Do(setupLazy)
	once.Do(func() {})   // want `fc\[hello\]` `lazy`
	once.Do((func() {})) // want `fc\[hello\]` `lazy`
}

func setupLazy() {} // want `fc\[hello\]` `lazy`

func (server) handle(w http.ResponseWriter, r *http.Request) {} // want `fc\[method\]`

func wrapped(w http.ResponseWriter, r *http.Request) {} // want `fc\[wrapped\]`

func withCORS(next http.HandlerFunc) http.HandlerFunc { // want `coldstart`
	return func(w http.ResponseWriter, r *http.Request) { // want `fc\[wrapped\]`
		w.Header().Set("Access-Control-Allow-Origin", "*")
		next(w, r)
	}
}

func viaVar(w http.ResponseWriter, r *http.Request) {} // want `fc\[var\]`

type Req struct{ Name string }

func typed(r Req) (string, error) { return r.Name, nil } // want `fc\[typed\]`

func setup() {} // want `coldstart`

// Exported has an HTTP signature, but this package registers its
// functions, so it is not an entry point.
func Exported(w http.ResponseWriter, r *http.Request) {}

func unreached() {}
