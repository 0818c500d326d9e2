// Command sammixed is a Lambda handler that template.yaml deploys twice,
// in a classic execution environment and on Lambda Managed Instances.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

var count int

func handle(ctx context.Context) error {
	count++ // want `write to package-level variable main.count without synchronization in handle: on Lambda it leaks into the next invocation of the execution environment, other environments never see it, and on Lambda Managed Instances, which run up to AWS_LAMBDA_MAX_CONCURRENCY invocations at once in one process, it is a data race`
	go func() {}() // want `handle returns without waiting for it, and Lambda freezes the execution environment when the handler returns, so the work resumes, if at all, in a later invocation \(on Lambda Managed Instances, which are not frozen, it keeps running beside later invocations instead\)`
	return nil
}

func main() { lambda.Start(handle) }
