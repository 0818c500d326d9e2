// Command handlerok starts Lambda handlers that aws-lambda-go accepts,
// and some it would reject that fnlint cannot know in full.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type Response struct{ Body string }

// Ctx is context.Context under another name: aws-lambda-go compares
// method sets.
type Ctx interface{ context.Context }

type server struct{}

func (server) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil }

type ptrServer struct{}

func (*ptrServer) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil }

// HandlerFunc is a function type with an Invoke method: a lambda.Handler.
type HandlerFunc func(a, b, c int)

func (HandlerFunc) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return nil, nil }

type myErr struct{}

func (myErr) Error() string { return "" }

func start(anyHandler any, generic func(context.Context) error) {
	lambda.Start(func() {})                                                                                   // ok: no arguments, no results
	lambda.Start(func() error { return nil })                                                                 // ok
	lambda.Start(func(ctx context.Context) (Response, error) { return Response{}, nil })                      // ok
	lambda.Start(func(ev events.SQSEvent) error { return nil })                                               // ok: a lone event
	lambda.Start(func(ev any) (any, error) { return ev, nil })                                                // ok: a lone empty interface is the event
	lambda.Start(func(ev interface{}) error { return nil })                                                   // ok
	lambda.Start(func(ctx Ctx, ev events.SQSEvent) error { return nil })                                      // ok: the same method set as context.Context
	lambda.Start(func(ctx context.Context, ev events.SQSEvent) (string, myErr) { return "", myErr{} })        // ok: myErr implements error
	lambda.Start(func(ctx context.Context) *myErr { return nil })                                             // ok: *myErr implements error
	lambda.Start(server{})                                                                                    // ok: a lambda.Handler
	lambda.Start(&ptrServer{})                                                                                // ok: a lambda.Handler
	lambda.Start(HandlerFunc(nil))                                                                            // ok: a lambda.Handler, whatever its signature
	lambda.Start(lambda.NewHandler(func() error { return nil }))                                              // ok: NewHandler's result is a Handler
	lambda.Start(anyHandler)                                                                                  // ok: a blind spot, the dynamic type decides
	lambda.Start(func(args ...string) error { return nil })                                                   // ok: a blind spot, variadic handlers are not judged
	lambda.StartHandlerFunc(func(ctx context.Context, ev events.SQSEvent) (string, error) { return "", nil }) // ok: the compiler checks it
	lambda.Start(generic)
}

// startTyped starts a handler whose event type is a type parameter.
func startTyped[E any, R any](h func(context.Context, E) (R, error)) {
	lambda.Start(h) // ok: E and R are known at instantiation
}

// startParam starts a handler whose only argument is a type parameter.
func startParam[C context.Context](h func(C) error) {
	lambda.Start(h) // ok: a blind spot, the type parameter decides
}

func main() {
	start(nil, func(context.Context) error { return nil })
	startTyped(func(ctx context.Context, ev events.SQSEvent) (string, error) { return "", nil })
}
