// Command lambdafn is an AWS Lambda function.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context, ev events.SQSEvent) error {
	if len(ev.Records) == 0 {
		log.Fatalf("no records") // want `log.Fatalf terminates the function instance; return an error instead`
	}
	return nil
}

func main() {
	if false {
		log.Fatal("main may exit") // ok: main is not function code
	}
	lambda.Start(handler)
}
