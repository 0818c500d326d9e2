// Command buffered returns a streaming response itself.
package main

import (
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context, req *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
	return &events.LambdaFunctionURLStreamingResponse{StatusCode: 200, Body: strings.NewReader("ok")}, nil
}

func main() { lambda.Start(handle) }
