package eventfn

import (
	"context"
	"os"

	"github.com/cloudevents/sdk-go/v2/event"
)

func code(ctx context.Context, e event.Event) error {
	os.Exit(3) // want `os.Exit terminates the function instance; return an error instead`
	return nil
}
