// Command s3v1fn is a Lambda function on S3 notifications that writes
// with the AWS SDK for Go v1 and invokes itself.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	awslambda "github.com/aws/aws-sdk-go/service/lambda"
	"github.com/aws/aws-sdk-go/service/s3"
)

var (
	sess    = session.Must(session.NewSession())
	svc     = s3.New(sess)
	invoker = awslambda.New(sess)
	self    = os.Getenv("AWS_LAMBDA_FUNCTION_NAME")
)

func handler(ctx context.Context, e events.S3Event) error {
	rec := e.Records[0]
	upload(rec.S3.Bucket.Name)                                                       // want `calls main.upload, which gives it to s3.PutObjectInput writes into the bucket whose S3 notification invoked the function`
	_, err := invoker.Invoke(&awslambda.InvokeInput{FunctionName: aws.String(self)}) // want `lambda.InvokeInput invokes the function's own name \(AWS_LAMBDA_FUNCTION_NAME\) with no condition around the invocation: each invocation invokes the function again, a recursive loop that runs, and bills, until stopped; mark the payload and stop on the mark, or invoke another function`
	if len(e.Records) > 1 {
		_, _ = invoker.Invoke(&awslambda.InvokeInput{FunctionName: aws.String(lambdacontext.FunctionName)}) // ok: a condition around it
	}
	_, _ = invoker.Invoke(&awslambda.InvokeInput{FunctionName: aws.String(lambdacontext.FunctionName)}) // want `invokes the function's own name`
	_, _ = invoker.Invoke(&awslambda.InvokeInput{FunctionName: aws.String("worker")})                   // ok: another function
	return err
}

func upload(bucket string) {
	svc.PutObject(&s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String("out")}) // ok: judged where the bucket is given
}

func main() {
	lambda.Start(handler)
}
