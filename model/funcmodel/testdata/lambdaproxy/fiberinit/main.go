// Command fiberinit builds a fiberadapter in init from an app that
// another package builds, and its Lambda handler calls the adapter's
// ProxyWithContext: the app's routes are HTTP entry points on Lambda.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	fiberadapter "github.com/awslabs/aws-lambda-go-api-proxy/fiber"

	"example.com/root/lambdaproxy/fiberinit/rest"
)

var fiberLambda *fiberadapter.FiberLambda

func init() {
	fiberLambda = fiberadapter.New(rest.Create()) // want `entry http "/user" via route of Handler \(AWS Lambda\)`
}

// Handler serves API Gateway requests with the app.
func Handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want `fc\[Handler\]`
	return fiberLambda.ProxyWithContext(ctx, req)
}

func main() { // want `coldstart`
	lambda.Start(Handler) // want `entry lambda "Handler" via lambda.Start \(AWS Lambda\)`
}
