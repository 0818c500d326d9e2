// Package eventfn declares event functions.
package eventfn

import (
	"context"
	"errors"
	"log"
	"os"

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

func init() {
	functions.CloudEvent("Words", words)
	functions.CloudEvent("Spread", spread)
	functions.CloudEvent("Unguarded", unguarded)
	functions.CloudEvent("Logger", withLogger)
}

// words keeps Println's spacing: operands are always separated.
func words(ctx context.Context, e event.Event) error {
	if e.Type() == "" {
		log.Fatalln("two", "words", 3) // want `log.Fatalln terminates`
	}
	if len(e.Data()) == 0 {
		log.Fatalln("no data") // want `log.Fatalln terminates`
	}
	check(e)
	return nil
}

// check is a helper of event functions: it can only return an error.
func check(e event.Event) {
	if e.Type() == "y" {
		log.Fatal("bad type") // want `log.Fatal terminates the function instance; return an error to the handler, which returns it$`
	}
}

// spread has operands only known at run time.
func spread(ctx context.Context, e event.Event) error {
	args := []any{e.Type(), len(e.Data())}
	if e.Type() == "x" {
		log.Fatalln(args...) // want `log.Fatalln terminates`
	}
	log.Fatal(args...) // want `log.Fatal terminates`
	return nil
}

// unguarded logs an error that may be nil: "<nil>" is its message then,
// and the function must fail all the same.
func unguarded(ctx context.Context, e event.Event) error {
	err := e.DataAs(nil)
	log.Fatal(err) // want `log.Fatal terminates`
	return nil
}

// withLogger exits through a logger whose only use is the exit: the fix
// would leave it unused, so there is none.
func withLogger(ctx context.Context, e event.Event) error {
	lg := log.New(os.Stderr, "", 0)
	lg.Fatal("bad event") // want `\(\*log.Logger\).Fatal terminates`
	return nil
}
