// Command local serves the function for local development. Its
// registration of fn.Hello is an entry point of package fn, which fnlint
// judges there (the report is on fn's package clause); run alone, as go
// vet runs it, this package reports the runtime at its own clause.
package main // ok: fn.Hello is judged in its own package

import (
	"context"

	fn "example.com/fn26"
	"github.com/GoogleCloudPlatform/functions-framework-go/funcframework"
)

func main() {
	funcframework.RegisterHTTPFunctionContext(context.Background(), "/", fn.Hello)
	funcframework.Start("8080")
}
