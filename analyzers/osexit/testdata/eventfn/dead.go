package eventfn

import (
	"context"
	"fmt"
	"log"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { functions.CloudEvent("Dead", dead) }

// dead returns after the exit, the last use of fmt in the file: the fix
// folds the return and drops the imports it leaves unused.
func dead(ctx context.Context, e event.Event) error {
	log.Fatal("dead end") // want `log.Fatal terminates`
	return fmt.Errorf("never %s", e.Type())
}
