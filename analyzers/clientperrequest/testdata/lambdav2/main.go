// Command lambdav2 is a Lambda function on the AWS SDK for Go v2 that
// creates its clients per invocation, and near misses.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	shared *sqs.Client // created in init
	table  *dynamodb.Client
	bucket = sync.OnceValues(func() (*s3.Client, error) {
		cfg, err := config.LoadDefaultConfig(context.Background()) // ok: once per instance
		if err != nil {
			return nil, err
		}
		return s3.NewFromConfig(cfg), nil // ok: once per instance
	})
	cfgAtStart, _ = config.LoadDefaultConfig(context.Background()) // ok: cold start
)

func init() {
	cfg, err := config.LoadDefaultConfig(context.Background()) // ok: cold start
	if err != nil {
		panic(err)
	}
	shared = sqs.NewFromConfig(cfg) // ok: cold start
}

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the AWS configuration, reading the environment and the shared config files, on every invocation; create it once in a package-level variable`
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	client := s3.NewFromConfig(cfg) // want `s3.NewFromConfig creates a client on every invocation; create it once`
	_, err = client.PutObject(ctx, &s3.PutObjectInput{})
	db := dynamodb.New(dynamodb.Options{Region: "eu-west-1"}) // want `dynamodb.New creates a client on every invocation`
	_ = db
	presign := s3.NewPresignClient(client) // ok: wraps the client, creates none
	_ = presign
	reused(ctx)
	_, _ = regional(ctx, "eu-west-1")
	_, _ = regionalCopy(ctx, "eu-west-1")
	func() {
		fetchMu.Lock()
		defer fetchMu.Unlock()
		if fetched {
			return
		}
		cfg, err := config.LoadDefaultConfig(ctx) // ok: runs until fetched is set, once per instance
		if err != nil {
			return
		}
		_ = s3.NewFromConfig(cfg) // ok: runs until fetched is set
		fetched = true
	}()
	skipped(ctx)
	return events.APIGatewayProxyResponse{StatusCode: 200}, err
}

func reused(ctx context.Context) {
	c, _ := bucket() // ok: the client of the OnceValues
	_ = c
	_, _ = shared.SendMessage(ctx, &sqs.SendMessageInput{}) // ok: created in init
	if table == nil {
		table = dynamodb.NewFromConfig(cfgAtStart) // ok: stored into a package-level cache
	}
	_ = aws.Config{} // ok: a value, not loaded
}

// clients caches one client per region: the configuration is loaded
// only to build a client that the map keeps.
var clients = map[string]*s3.Client{}

func regional(ctx context.Context, region string) (*s3.Client, error) {
	var c *s3.Client
	if cached, ok := clients[region]; ok {
		c = cached
	} else {
		cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region)) // ok: builds the client stored into the package-level cache below
		if err != nil {
			return nil, err
		}
		c = s3.NewFromConfig(cfg) // ok: stored into the package-level cache below
		clients[region] = c
	}
	return c, nil
}

// regionalCopy builds a cached client and one per call from the same
// configuration: the configuration is loaded for the cache.
func regionalCopy(ctx context.Context, region string) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region)) // ok: one of its clients is stored into the package-level cache
	if err != nil {
		return nil, err
	}
	clients[region] = s3.NewFromConfig(cfg) // ok: stored into the package-level cache
	return s3.NewFromConfig(cfg), nil       // want `s3.NewFromConfig creates a client on every invocation`
}

var (
	fetchMu sync.Mutex
	fetched bool
	skip    bool
)

// skipped returns early by a flag that only the deployment sets: the
// client is made on every invocation that gets past it.
func skipped(ctx context.Context) {
	if skip {
		return
	}
	cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the AWS configuration`
	_ = cfg
}

func main() {
	cfg, _ := config.LoadDefaultConfig(context.Background()) // ok: main is not function code
	_ = s3.NewFromConfig(cfg)                                // ok: main runs once
	lambda.Start(handler)
}
