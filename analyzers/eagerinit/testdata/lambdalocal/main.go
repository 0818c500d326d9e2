// Command lambdalocal loads its configuration at cold start into a
// package-level variable, then builds from it, in main's locals, the
// client that the handler closure captures: the configuration is used,
// though no entry point names it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	cfg    aws.Config
	unused *dynamodb.Client
)

type deps struct {
	store *s3.Client
}

func main() {
	var err error
	cfg, err = config.LoadDefaultConfig(context.Background()) // ok: main builds the handler's client from it, in a local
	if err != nil {
		return
	}
	unused = dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig runs at every cold start to initialize unused, but no entry point uses it`
	d := &deps{store: s3.NewFromConfig(cfg)}
	lambda.Start(func(ctx context.Context, ev events.SQSEvent) error {
		_, err := d.store.PutObject(ctx, &s3.PutObjectInput{})
		return err
	})
}
