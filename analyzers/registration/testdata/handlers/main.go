// Command handlers starts Lambda handlers of signatures that
// aws-lambda-go rejects, and some that it accepts.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type Response struct{ Body string }

func tooManyArgs(ctx context.Context, ev events.SQSEvent, extra string) error { return nil }

func ctxSecond(ev events.SQSEvent, ctx context.Context) error { return nil }

func stringer(s fmt.Stringer) error { return nil }

func noError(ctx context.Context, ev events.SQSEvent) Response { return Response{} }

func secondNotError(ctx context.Context) (Response, string) { return Response{}, "" }

func threeResults() (Response, int, error) { return Response{}, 0, nil }

type server struct{}

type ptrServer struct{}

func (*ptrServer) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil }

func start() {
	lambda.Start(tooManyArgs)                        // want `lambda.Start is given a handler of 3 arguments; aws-lambda-go accepts at most two \(the context, then the event\) and rejects it, so every invocation of the Lambda function fails with that error; pass a func\(\[context.Context, \]Event\) \(\[Response, \]error\), or a value with lambda.Handler's Invoke method`
	lambda.Start(ctxSecond)                          // want `lambda.Start is given a handler of two arguments whose first, events.SQSEvent, is not context.Context`
	lambda.StartWithOptions(stringer)                // want `lambda.StartWithOptions is given a handler whose only argument is the interface fmt.Stringer, which aws-lambda-go takes for the context and rejects because it is not context.Context`
	lambda.Start(noError)                            // want `lambda.Start is given a handler whose only result, Response, is not an error; aws-lambda-go takes a lone result for the error and rejects it`
	lambda.Start(secondNotError)                     // want `lambda.Start is given a handler of two results whose second, string, is not an error`
	lambda.Start(threeResults)                       // want `lambda.Start is given a handler of 3 results; aws-lambda-go accepts at most two \(the response, then an error\)`
	lambda.Start(server{})                           // want `lambda.Start is given a value of type server, neither a function nor a lambda.Handler; aws-lambda-go rejects it`
	lambda.Start(ptrServer{})                        // want `lambda.Start is given a value of type ptrServer, neither a function nor a lambda.Handler: its Invoke method has a pointer receiver, so aws-lambda-go rejects the value \(pass a pointer\)`
	lambda.Start(nil)                                // want `lambda.Start is given a nil handler; aws-lambda-go rejects it \("handler is nil"\)`
	lambda.StartWithContext(context.TODO(), noError) // want `lambda.StartWithContext is given a handler whose only result`
	h := lambda.NewHandler(tooManyArgs)              // want `lambda.NewHandler is given a handler of 3 arguments`
	lambda.StartHandler(h)                           // ok: a lambda.Handler, checked by the compiler
	lambda.Start(func(n int, m int) {})              // want `lambda.Start is given a handler of two arguments whose first, int, is not context.Context`
	lambda.Start("handler")                          // want `lambda.Start is given a value of type string, neither a function nor a lambda.Handler`
}

func main() { start() }
