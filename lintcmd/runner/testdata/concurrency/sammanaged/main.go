// Command sammanaged is a Lambda handler that template.yaml deploys on
// Lambda Managed Instances with 8 invocations at once per execution
// environment, which is not frozen.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

var count int

var table map[string]int

func load(ctx context.Context) error {
	if table == nil {
		table = map[string]int{} // want `unsynchronized lazy initialization of package-level variable main.table in load: as deployed, an execution environment serves several invocations at once, so they race to initialize it; use sync.OnceValues`
	}
	return nil
}

func handle(ctx context.Context) error {
	count++ // want `write to package-level variable main.count without synchronization in handle: on Lambda Managed Instances, which as deployed run several invocations at once in one process, it is a data race, and other execution environments never see it; keep per-invocation state in local variables, or guard shared state with a mutex$`
	if err := load(ctx); err != nil {
		return err
	}
	go func() {}() // want `goroutine outlives the invocation: handle returns without waiting for it, and Lambda Managed Instances, as deployed, do not freeze the execution environment, so the work keeps running after the response`
	return nil
}

func main() {
	go func() {}() // want `goroutine started at cold start in main runs outside any invocation: Lambda Managed Instances, as deployed, do not freeze the execution environment, so it keeps running beside the invocations`
	lambda.Start(handle)
}
