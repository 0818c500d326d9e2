// Command lambdav1 is a Lambda function on the AWS SDK for Go v1 that
// creates its session and clients per invocation, and near misses.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/s3"
)

var (
	sess   = session.Must(session.NewSession()) // ok: cold start
	store  = s3.New(sess)                       // ok: cold start
	cached *session.Session
)

func handler(ctx context.Context, ev events.SQSEvent) error {
	s := session.Must(session.NewSession(&aws.Config{Region: aws.String("eu-west-1")})) // want `session.NewSession creates an AWS session, reading the environment and the shared config files, on every invocation`
	up := s3.New(s)                                                                     // want `s3.New creates a client on every invocation`
	_, err := up.PutObject(&s3.PutObjectInput{})
	old := session.New()                         // want `session.New creates an AWS session`
	_ = dynamodb.New(old)                        // want `dynamodb.New creates a client on every invocation`
	_, _ = store.PutObject(&s3.PutObjectInput{}) // ok: created at cold start
	if cached == nil {
		cached = session.Must(session.NewSession()) // ok: stored into a package-level cache through session.Must
	}
	again := session.Must(s, nil) // ok: Must creates nothing
	_ = again
	return err
}

func main() {
	lambda.Start(handler)
}
