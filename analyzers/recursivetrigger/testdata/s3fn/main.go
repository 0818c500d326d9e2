// Command s3fn is a Lambda function on S3 notifications that writes
// with the AWS SDK for Go v2.
package main

import (
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var client *s3.Client

func handler(ctx context.Context, e events.S3Event) error {
	for _, rec := range e.Records {
		bucket := rec.S3.Bucket.Name
		_, err := client.PutObject(ctx, &s3.PutObjectInput{ // want `s3.PutObjectInput writes into the bucket whose S3 notification invoked the function, with no test of the object's key on the way: unless the notification's filter excludes the keys written, each object written invokes the function again`
			Bucket: aws.String(bucket),
			Key:    aws.String("processed/out.json"),
		})
		if err != nil {
			return err
		}
		in := &s3.CopyObjectInput{Key: aws.String("copy")}
		in.Bucket = &bucket // want `s3.CopyObjectInput writes into the bucket whose S3 notification`
		_, _ = client.CopyObject(ctx, in)
		_, _ = client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("other")}) // ok: another bucket
		_, _ = client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket)})  // ok: a read
	}
	return nil
}

func guarded(ctx context.Context, e events.S3Event) error {
	for _, rec := range e.Records {
		if strings.HasPrefix(rec.S3.Object.Key, "processed/") {
			continue
		}
		_, _ = client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(rec.S3.Bucket.Name)}) // ok: guarded
	}
	return nil
}

func main() {
	lambda.Start(handler)
	lambda.Start(guarded)
}

// archiveEvent is a state machine's input that carries an S3 event.
type archiveEvent struct {
	events.S3Event
	Rows int `json:"rows"`
}

func archive(ctx context.Context, e archiveEvent) error {
	rec := e.Records[0]
	_, err := client.CopyObject(ctx, &s3.CopyObjectInput{Bucket: &rec.S3.Bucket.Name}) // ok: an S3 event embedded in another event did not invoke the function
	return err
}

func fromHelper(ctx context.Context, e events.S3Event) error {
	return write(ctx, e.Records[0])
}

func write(ctx context.Context, rec events.S3EventRecord) error {
	_, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(rec.S3.Bucket.Name)}) // ok: the record given to a helper is not followed (a known blind spot)
	return err
}

func init() {
	lambda.Start(archive)
	lambda.Start(fromHelper)
}
