// Package eventfn declares event functions.
package eventfn

import (
	"context"
	"errors"
	"log"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() {
	functions.CloudEvent("Format", format)
	functions.CloudEvent("Err", withErr)
	functions.CloudEvent("Print", print)
	functions.CloudEvent("Code", code)
}

func format(ctx context.Context, e event.Event) error {
	if e.Type() == "" {
		log.Fatalf("no type in %v", e) // want `log.Fatalf terminates the function instance; return an error instead`
	}
	return nil
}

func withErr(ctx context.Context, e event.Event) error {
	if err := e.DataAs(nil); err != nil {
		log.Fatal(err) // want `log.Fatal terminates the function instance; return an error instead`
	}
	return nil
}

func print(ctx context.Context, e event.Event) error {
	log.Fatal("bad event", e.Type()) // want `log.Fatal terminates`
	return errors.New("unreachable")
}
