// Package crosspkg registers a handler declared in another package, and
// serves a handler behind an interface variable.
package crosspkg

import (
	"net/http"

	"example.com/root/handlers"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

type server struct{}

func (*server) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `fc\[S\]`

var h http.Handler = &server{}

func init() {
	functions.HTTP("Hello", handlers.Hello) // want `entry http "Hello" via functions.HTTP`
	functions.HTTP("S", h.ServeHTTP)        // want `entry http "S" via functions.HTTP`
}
