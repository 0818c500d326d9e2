// Command flaggedlambda is analyzed with -osexit.coldstart and
// -osexit.panic: a Lambda function.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func init() {
	if os.Getenv("TABLE") == "" {
		log.Fatal("TABLE is not set") // want `log.Fatal ends the Lambda runtime process in its init phase: the invocation waiting for it fails with Runtime.ExitError, and the next one starts cold again; keep the error and return it from the handler instead`
	}
}

func handler(ctx context.Context, ev events.SQSEvent) error {
	if len(ev.Records) == 0 {
		panic("empty batch") // want `panic in function code: aws-lambda-go reports it as the invocation's error, then ends the runtime process, and the next invocation pays a cold start; return an error instead`
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
