// Command awsv1 is a Lambda function that gives a call the AWS SDK for
// Go v1's name for context.Background().
package main

import (
	"context"

	"cloud.google.com/go/storage"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
)

var bucket = &storage.BucketHandle{}

func handler(ctx context.Context, name string) error {
	w := bucket.Object(name).NewWriter(aws.BackgroundContext()) // want `NewWriter is given aws.BackgroundContext\(\) while the invocation's context is in scope: .*; pass ctx`
	if err := w.Close(); err != nil {
		return err
	}
	// ok: aws.Config is not a context, and the call is given ctx.
	_ = aws.Config{Region: aws.String("eu-west-1")}
	return bucket.Object(name).NewWriter(ctx).Close()
}

func main() {
	_ = bucket.Object("warm").NewWriter(aws.BackgroundContext()) // ok: the init phase
	lambda.Start(handler)
}
