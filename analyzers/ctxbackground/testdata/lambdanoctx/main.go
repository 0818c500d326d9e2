// Command lambdanoctx is a Lambda handler without a context parameter:
// it has no invocation context to pass.
package main

import (
	"context"

	"cloud.google.com/go/storage"
	"github.com/aws/aws-lambda-go/lambda"
)

var bucket = &storage.BucketHandle{}

func handler(name string) error {
	w := bucket.Object(name).NewWriter(context.Background()) // ok: no ctx to pass
	return w.Close()
}

func main() { lambda.Start(handler) }
