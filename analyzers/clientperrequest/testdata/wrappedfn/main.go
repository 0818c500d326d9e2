// Command wrappedfn starts Lambda handlers through tracing wrappers
// (OpenTelemetry, Epsagon, IOpipe, the module's own agent) that run
// them on every invocation: a client created there is created per
// invocation. A loader that a wrapper runs when it builds the handler
// runs once, at cold start.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/epsagon/epsagon-go/epsagon"
	"github.com/iopipe/iopipe-go"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda"

	"example.com/cpr/wrappedfn/agent"
	"example.com/cpr/wrappedfn/setup"
)

type consumer struct{}

func (c *consumer) ProcessSQS(ctx context.Context, ev events.SQSEvent) error { // want ProcessSQS:"creates a client via config.LoadDefaultConfig"
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads the AWS configuration`
	if err != nil {
		return err
	}
	_ = sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig creates`
	return nil
}

var cfg, _ = config.LoadDefaultConfig(context.Background())

func traced(ctx context.Context, in string) (string, error) {
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig creates`
	return in, nil
}

func iopiped(ctx context.Context, in string) (string, error) {
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig creates`
	return in, nil
}

func agented(ctx context.Context, in string) (string, error) {
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig creates`
	return in, nil
}

func served(ctx context.Context, in string) (string, error) { return in, nil }

// loadConfig runs when setup.Handler builds the handler, in main.
func loadConfig() error {
	queue := sqs.NewFromConfig(cfg) // ok: runs once, at cold start
	_, err := queue.SendMessage(context.Background(), &sqs.SendMessageInput{})
	return err
}

var mode = "otel"

func main() {
	switch mode {
	case "otel":
		lambda.Start(otellambda.InstrumentHandler((&consumer{}).ProcessSQS))
	case "epsagon":
		lambda.Start(epsagon.WrapLambdaHandler(epsagon.NewTracerConfig("app", "token"), traced))
	case "iopipe":
		agent := iopipe.NewAgent(iopipe.Config{Token: iopipe.String("token")})
		lambda.Start(agent.WrapHandler(iopiped))
	case "agent":
		lambda.Start(agent.WrapHandler(agented))
	default:
		lambda.Start(setup.Handler(loadConfig, served))
	}
}
