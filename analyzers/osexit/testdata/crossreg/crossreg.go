// Package crossreg registers handlers declared in another package.
package crossreg

import (
	"example.com/osx/handlers"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Hello", handlers.Hello) // want `registers handlers.Hello \(entry point "Hello"\), which calls log.Fatal, which terminates the function instance; respond with http.Error and return instead`
	functions.HTTP("Own2", handlers.Own)    // ok: judged in its own package
}
