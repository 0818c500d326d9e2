// Command lambdafn is a Lambda function that writes process-wide state
// and reads the trace id from the environment.
package main

import (
	"context"
	"os"

	"example.com/ps/helper"
	"github.com/aws/aws-lambda-go/lambda"
)

var startTrace = os.Getenv("_X_AMZN_TRACE_ID") // want `read at cold start, os.Getenv\("_X_AMZN_TRACE_ID"\) holds no invocation's trace id: no invocation has begun, and the runtime sets it per invocation; read it from the handler's context, ctx.Value\("x-amzn-trace-id"\) in the handler`

func handler(ctx context.Context) error {
	os.Setenv("TENANT", tenant(ctx))                   // want `os.Setenv changes the process's environment on every invocation: an AWS Lambda execution environment runs its invocations one after another \(several at once on Managed Instances\), so the value leaks into the next invocations; pass the value explicitly`
	trace := os.Getenv("_X_AMZN_TRACE_ID")             // want `os.Getenv\("_X_AMZN_TRACE_ID"\) holds the invocation's trace id only while the execution environment runs one invocation at a time: aws-lambda-go stops setting it when concurrency is above 1 \(Lambda Managed Instances\); read it from the handler's context, ctx.Value\("x-amzn-trace-id"\)`
	if _, ok := os.LookupEnv("_X_AMZN_TRACE_ID"); ok { // want `os.LookupEnv\("_X_AMZN_TRACE_ID"\) holds the invocation's trace id only while`
		_ = trace
	}
	_ = helper.Trace()                             // want `calls helper.Trace, which reads _X_AMZN_TRACE_ID: it holds the invocation's trace id only while`
	id, _ := ctx.Value("x-amzn-trace-id").(string) // ok: the invocation's
	_ = id
	_ = os.Getenv("AWS_REGION") // ok: another variable
	return nil
}

func tenant(ctx context.Context) string {
	s, _ := ctx.Value("tenant").(string)
	return s
}

func main() {
	os.Setenv("AWS_SDK_LOAD_CONFIG", "1") // ok: main runs at cold start, before lambda.Start
	lambda.Start(handler)
}
