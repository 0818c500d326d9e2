// Command samclassic is a Lambda handler that template.yaml deploys in a
// classic execution environment: one invocation at a time, frozen
// between invocations.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

var count int

func handle(ctx context.Context) error {
	count++ // want `write to package-level variable main.count without synchronization in handle: on Lambda, whose execution environment as deployed runs one invocation at a time, it does not race but leaks into the next invocation of the environment, and other environments never see it; keep per-invocation state in local variables$`
	go func() {}() // want `Lambda freezes the execution environment when the handler returns`
	return nil
}

func main() { lambda.Start(handle) }
