// Package firstgen registers HTTP functions declared in another package
// of the module.
package firstgen

import (
	"example.com/mr/respond"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Handle", respond.Handle) // want `respond.Handle returns without writing a response at respond.go:25: the caller gets an empty 200 OK; write a response \(http.Error on failure\) before every return`
	functions.HTTP("Noop", respond.Noop)     // want `respond.Noop never writes a response`
}
