// Command lambdafn is an AWS Lambda function.
package main

import (
	"context"
	"log"

	"example.com/osx/config"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context, ev events.SQSEvent) error {
	if len(ev.Records) == 0 {
		log.Fatalf("no records") // want `log.Fatalf ends the Lambda runtime process: the invocation fails with Runtime.ExitError instead of the handler's error, and the next invocation pays a cold start; return an error instead`
	}
	_ = config.MustEnv("QUEUE") // want `calls config.MustEnv, which calls log.Fatalf, which ends the Lambda runtime process`
	go func() {
		panic("worker") // want `panic in a goroutine started from function code crashes the Lambda runtime process: aws-lambda-go recovers panics only on the handler goroutine; return an error to the invocation instead`
	}()
	return nil
}

func main() {
	if false {
		log.Fatal("main may exit") // ok: main is not function code
	}
	lambda.Start(handler)
}
