// Command lambdactor starts a Lambda handler built by a constructor of
// the module that keeps the function it is given and runs it per
// record.
package main

import (
	"context"
	"encoding/json"

	"example.com/root/lambdactor/trigger"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context, record json.RawMessage) error { return nil } // want `fc\[handle\]`

func main() { // want `coldstart`
	lambda.Start(trigger.New(3, handle).Handle) // want `entry lambda "Handle" via lambda.Start \(AWS Lambda\)` `entry lambda "handle" via lambda.Start \(AWS Lambda\)`
}
