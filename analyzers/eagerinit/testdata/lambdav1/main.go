// Command lambdav1 is a Lambda function on the AWS SDK for Go v1 whose
// handler uses the session's client.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

var (
	sess  = session.Must(session.NewSession()) // ok: the only entry point uses it, through store
	store = s3.New(sess)                       // ok: the only entry point uses it
)

func handler(ctx context.Context) error {
	_, err := store.PutObject(&s3.PutObjectInput{})
	return err
}

func main() {
	lambda.Start(handler)
}
