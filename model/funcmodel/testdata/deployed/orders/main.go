// Command orders is a Lambda handler that the SAM template deploys.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context) error { return nil } // want `fc\[handle\]`

func main() { // want `coldstart`
	lambda.Start(handle) // want `entry lambda "handle" via lambda.Start \(AWS Lambda\)` `deployed as template.yaml OrdersFunction \(AWS Lambda, provided.al2023\)`
}
