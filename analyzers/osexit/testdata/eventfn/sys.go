package eventfn

import (
	"context"
	"syscall"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() {
	functions.CloudEvent("Sys", sys)
}

func sys(ctx context.Context, e event.Event) error {
	syscall.Exit(4) // want `syscall.Exit terminates the function instance; return an error instead`
	return nil
}
