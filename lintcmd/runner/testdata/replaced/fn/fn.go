// Package fn is a function whose helper lives in another module of the
// user's, example.com/common, brought in with a replace directive to a
// local directory: fnlint judges the helper as the user's code, like a
// helper in the function's own module.
package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"

	"example.com/common"
)

func init() { functions.HTTP("Hello", hello) }

func hello(w http.ResponseWriter, r *http.Request) {
	// osexit: calls common.MustEnv, which calls log.Fatalf (not reported
	// when example.com/common comes from the module cache)
	greeting := common.MustEnv("GREETING")
	w.Write([]byte(greeting))
}
