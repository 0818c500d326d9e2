// Package keeps gives function values to functions of another package
// of the module: those that keep them do not run them at the call.
package keeps

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"

	"example.com/root/keeps/svc"
)

func init() { functions.HTTP("Keep", keep) } // want `entry http "Keep" via functions.HTTP`

func keep(w http.ResponseWriter, r *http.Request) { // want `fc\[Keep\]`
	_ = svc.NewService(factory)
	_ = svc.Retry(work)
	svc.Later(background)
	_ = svc.All(step1, step2)
	_ = svc.Alias(aliased)
}

func step1() error { return nil } // want `fc\[Keep\]`

func step2() error { return nil } // want `fc\[Keep\]`

func aliased() error { return nil } // want `fc\[Keep\]`

func factory() error { return nil } // ok: kept, not run by the invocation

func work() error { return nil } // want `fc\[Keep\]`

func background() error { return nil } // ok: runs on another goroutine
