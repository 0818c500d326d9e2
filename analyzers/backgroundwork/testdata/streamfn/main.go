// Command streamfn streams Function URL responses: the goroutine that
// writes the body into a pipe is joined by the Lambda runtime, which
// reads the pipe's read end after the handler returns.
package main

import (
	"context"
	"io"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func stream(ctx context.Context, req *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
	r, w := io.Pipe()
	go func() { // ok: the runtime reads the body to its end
		defer w.Close()
		_, _ = w.Write([]byte("hello"))
	}()
	return &events.LambdaFunctionURLStreamingResponse{StatusCode: 200, Body: r}, nil
}

func reader(ctx context.Context, in string) (io.Reader, error) {
	r, w := io.Pipe()
	go func() { // ok: an io.Reader output is streamed by the runtime
		defer w.Close()
		_, _ = w.Write([]byte(in))
	}()
	return r, nil
}

// result is no response type the runtime streams: it is encoded as JSON,
// and the pipe is never read.
type result struct{ Body io.Reader }

func kept(ctx context.Context, in string) (*result, error) {
	r, w := io.Pipe()
	go func() { // want `goroutine outlives the invocation`
		defer w.Close()
		_, _ = w.Write([]byte(in))
	}()
	return &result{Body: r}, nil
}

var mode = "stream"

func main() {
	switch mode {
	case "stream":
		lambda.Start(stream)
	case "reader":
		lambda.Start(reader)
	default:
		lambda.Start(kept)
	}
}
