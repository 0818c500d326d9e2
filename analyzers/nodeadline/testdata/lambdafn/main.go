// Command lambdafn is a Lambda function whose AWS SDK v1 calls cannot
// carry the invocation's deadline.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/dynamodb/dynamodbiface"
	"github.com/aws/aws-sdk-go/service/s3"
)

var (
	sess                             = session.Must(session.NewSession())
	bucket                           = s3.New(sess)
	table  dynamodbiface.DynamoDBAPI = dynamodb.New(sess)
)

func handler(ctx context.Context) error {
	if _, err := bucket.PutObject(&s3.PutObjectInput{Bucket: aws.String("b")}); err != nil { // want `\(\*s3.S3\).PutObject cannot carry the invocation's deadline, which is in scope: the invocation's deadline is on its context, so this call cannot stop when the function's time is up: the invocation times out instead of handling the error, and on Lambda Managed Instances, where the timeout is not enforced, the call goes on; call PutObjectWithContext with ctx`
		return err
	}
	table.PutItem(&dynamodb.PutItemInput{})                          // want `PutItem cannot carry .*; call PutItemWithContext with ctx`
	bucket.WaitUntilBucketExists(&s3.HeadBucketInput{})              // want `WaitUntilBucketExists cannot carry .*; call WaitUntilBucketExistsWithContext with ctx`
	_, err := bucket.PutObjectWithContext(ctx, &s3.PutObjectInput{}) // ok
	return err
}

func main() {
	bucket.WaitUntilBucketExists(&s3.HeadBucketInput{}) // ok: cold start
	lambda.Start(handler)
}
