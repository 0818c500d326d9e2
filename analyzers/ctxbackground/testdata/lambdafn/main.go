// Command lambdafn is a Lambda function that drops its invocation's
// deadline.
package main

import (
	"context"

	"cloud.google.com/go/storage"
	"github.com/aws/aws-lambda-go/lambda"
)

var bucket = &storage.BucketHandle{}

func handler(ctx context.Context, name string) error {
	w := bucket.Object(name).NewWriter(context.Background()) // want `NewWriter is given context.Background\(\) while the invocation's context is in scope: .*; pass ctx`
	return w.Close()
}

func main() {
	_ = bucket.Object("warm").NewWriter(context.Background()) // ok: the init phase
	lambda.Start(handler)
}
