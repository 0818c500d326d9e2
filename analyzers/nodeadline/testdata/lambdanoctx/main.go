// Command lambdanoctx is a Lambda function whose handler takes no
// context: no invocation's context is in scope in what it calls.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

var bucket = s3.New(session.Must(session.NewSession()))

func handler(ev struct{ Key string }) error {
	return store(ev.Key)
}

func store(key string) error {
	_, err := bucket.PutObject(&s3.PutObjectInput{Key: aws.String(key)}) // ok: the invocation gives no context to pass
	return err
}

func main() {
	lambda.Start(handler)
}
