// Command lambdamain starts Lambda handlers: lambda.Start and its
// variants never return, so what follows them in main never runs.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context) error { return nil }

type invoker struct{}

func (invoker) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil }

func start()              { lambda.Start(handler) }                                           // want start:"noReturn"
func withOptions()        { lambda.StartWithOptions(handler) }                                // want withOptions:"noReturn"
func withContext()        { lambda.StartWithContext(context.Background(), handler) }          // want withContext:"noReturn"
func startHandler()       { lambda.StartHandler(invoker{}) }                                  // want startHandler:"noReturn"
func handlerWithContext() { lambda.StartHandlerWithContext(context.Background(), invoker{}) } // want handlerWithContext:"noReturn"
func handlerFunc()        { lambda.StartHandlerFunc(handler2) }                               // want handlerFunc:"noReturn"

func handler2(ctx context.Context, in string) (string, error) { return in, nil }

func newHandler() lambda.Handler { return lambda.NewHandler(handler) } // ok: NewHandler returns

// main has no noReturn fact: the graphs, like x/tools' ctrlflow, take a
// defer to possibly recover a panic and so to return. What follows
// lambda.Start is unreachable all the same (see ../lambdaexit), and the
// deferred call never runs; no analyzer reports either.
func main() { // ok: the defer counts as a return
	defer log.Print("never printed")
	lambda.Start(handler)
	log.Print("never reached")
}
