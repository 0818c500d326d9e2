// Command lambdafn is a Lambda function whose one entry point uses the
// SDK clients made at cold start: the recommended caching, not eager
// work. A client no entry point uses is still eager.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	cfg, _ = config.LoadDefaultConfig(context.Background()) // ok: the only entry point uses it, through store
	store  = s3.NewFromConfig(cfg)                          // ok: the only entry point uses it
	queue  *sqs.Client
	unused = dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig runs at every cold start to initialize unused, but no entry point uses it; initialize it lazily with sync.OnceValue`
)

func init() {
	queue = sqs.NewFromConfig(cfg) // ok: the only entry point uses it
}

func handler(ctx context.Context, ev events.SQSEvent) error {
	_, err := store.PutObject(ctx, &s3.PutObjectInput{})
	_ = mirror
	if err != nil {
		return err
	}
	_, err = queue.SendMessage(ctx, &sqs.SendMessageInput{})
	return err
}

// archive and audit are kept by main before lambda.Start, which runs
// in the init phase of every execution environment: cold-start work
// though no function named init does it.
var (
	archive *s3.Client
	audit   *sqs.Client
)

// mainCfg is computed in main only to build mirror, which the handler
// uses: the handler needs it too.
var (
	mainCfg aws.Config
	mirror  *s3.Client
)

func main() {
	archive = s3.NewFromConfig(cfg) // want `s3.NewFromConfig runs at every cold start to initialize archive, but no entry point uses it`
	openAudit()
	mainCfg, _ = config.LoadDefaultConfig(context.Background()) // ok: mirror, which the handler uses, is built from it
	mirror = s3.NewFromConfig(mainCfg)                          // ok: the handler uses it
	lambda.Start(handler)
}

func openAudit() {
	audit = sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig runs at every cold start to initialize audit, but no entry point uses it`
}
