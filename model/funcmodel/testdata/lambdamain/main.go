// Command lambdamain is an AWS Lambda function: its handler is an entry
// point even though the package is main.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `fc\[handler\]`
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

// main runs in the init phase of the execution environment, before
// lambda.Start hands control to the runtime: cold-start code.
func main() { // want `coldstart`
	setup()
	lambda.Start(handler) // want `entry lambda "handler" via lambda.Start \(AWS Lambda\)`
}

func setup() {} // want `coldstart`
