// Command lambdafn is a Lambda function that caches a client built from
// its first invocation's context.
package main

import (
	"cloud.google.com/go/storage"
	"context"
	"github.com/aws/aws-lambda-go/lambda"
)

var client *storage.Client

func handler(ctx context.Context, name string) error {
	if client == nil {
		client, _ = storage.NewClient(ctx) // want `storage.NewClient is given the invocation's context and the client is kept in a package-level variable`
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
