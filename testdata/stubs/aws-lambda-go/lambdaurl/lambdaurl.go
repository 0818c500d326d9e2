// Package lambdaurl is a stub of github.com/aws/aws-lambda-go/lambdaurl
// (aws-lambda-go v1.41 and later) at its real import path, with its
// real shape: Wrap turns an http.Handler into a Lambda handler of
// Function URL requests whose response streams: the handler runs on a
// goroutine that writes into a pipe, and the pipe's read end is the
// response body, which the runtime reads after the Lambda handler
// returns; a handler that writes nothing answers an empty 200 OK. Start
// starts Lambda with the wrapped handler.
package lambdaurl

import (
	"context"
	"io"
	"net/http"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

// httpResponseWriter writes the response into the pipe; its first write
// sends the status.
type httpResponseWriter struct {
	header http.Header
	w      io.Writer
	once   sync.Once
	status chan<- int
}

func (w *httpResponseWriter) Header() http.Header { return w.header }

func (w *httpResponseWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { w.status <- http.StatusOK })
	return w.w.Write(p)
}

func (w *httpResponseWriter) WriteHeader(statusCode int) {
	w.once.Do(func() { w.status <- statusCode })
}

// Wrap converts an http.Handler into a Lambda handler of Function URL
// requests with a streaming response. A handler that writes nothing
// answers an empty 200 OK: the wrapper writes when it returns.
func Wrap(handler http.Handler) func(context.Context, *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
	return func(ctx context.Context, request *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, request.RawPath, nil)
		if err != nil {
			return nil, err
		}
		status := make(chan int)
		r, w := io.Pipe()
		go func() {
			defer close(status)
			defer w.Close()
			rw := &httpResponseWriter{header: http.Header{}, w: w, status: status}
			defer rw.Write(nil)
			handler.ServeHTTP(rw, req)
		}()
		return &events.LambdaFunctionURLStreamingResponse{StatusCode: <-status, Body: r}, nil
	}
}

// Start starts the Lambda runtime loop with handler, wrapped by Wrap.
func Start(handler http.Handler, options ...lambda.Option) {
	lambda.StartHandlerFunc(Wrap(handler), options...)
}
