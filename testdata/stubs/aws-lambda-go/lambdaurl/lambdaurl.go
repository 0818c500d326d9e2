// Package lambdaurl is a stub of github.com/aws/aws-lambda-go/lambdaurl
// (aws-lambda-go v1.41 and later) at its real import path, with its
// real shape: Wrap turns an http.Handler into a Lambda handler of
// Function URL requests whose response streams: the handler runs on a
// goroutine that writes into a pipe, and the pipe's read end is the
// response body, which the runtime reads after the Lambda handler
// returns. Start starts Lambda with the wrapped handler.
package lambdaurl

import (
	"context"
	"io"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

// httpResponseWriter writes the response into the pipe.
type httpResponseWriter struct {
	header http.Header
	w      io.Writer
	status chan int
}

func (w *httpResponseWriter) Header() http.Header         { return w.header }
func (w *httpResponseWriter) Write(p []byte) (int, error) { return w.w.Write(p) }
func (w *httpResponseWriter) WriteHeader(statusCode int)  { w.status <- statusCode }

// Wrap converts an http.Handler into a Lambda handler of Function URL
// requests with a streaming response.
func Wrap(handler http.Handler) func(context.Context, *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
	return func(ctx context.Context, request *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, request.RawPath, nil)
		if err != nil {
			return nil, err
		}
		r, w := io.Pipe()
		rw := &httpResponseWriter{header: http.Header{}, w: w, status: make(chan int, 1)}
		go func() {
			defer w.Close()
			handler.ServeHTTP(rw, req)
		}()
		return &events.LambdaFunctionURLStreamingResponse{StatusCode: <-rw.status, Body: r}, nil
	}
}

// Start starts the Lambda runtime loop with handler, wrapped by Wrap.
func Start(handler http.Handler, options ...lambda.Option) {
	lambda.StartWithOptions(Wrap(handler), options...)
}
