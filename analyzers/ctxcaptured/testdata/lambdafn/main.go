// Command lambdafn is a Lambda function that caches a client built from
// its first invocation's context.
package main

import (
	"cloud.google.com/go/storage"
	"context"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	client  *storage.Client
	buckets = map[string]*s3.Client{}
)

func handler(ctx context.Context, name string) error {
	if client == nil {
		client, _ = storage.NewClient(ctx) // want `storage.NewClient is given the invocation's context and the client is kept in a package-level variable`
	}
	if _, ok := buckets[name]; !ok {
		cfg, _ := config.LoadDefaultConfig(ctx) // ok: the configuration does not keep the context it is loaded with
		buckets[name] = s3.NewFromConfig(cfg)
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
