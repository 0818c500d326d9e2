// Command lambda starts handlers passed through the tracing wrappers of
// third-party modules (OpenTelemetry, Datadog, Epsagon, Lumigo, IOpipe)
// and of the module's own packages: each returns a value whose
// invocation runs the handler, so the handler is the entry point.
package main

import (
	"context"

	ddlambda "github.com/DataDog/datadog-lambda-go"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/epsagon/epsagon-go/epsagon"
	"github.com/iopipe/iopipe-go"
	lumigotracer "github.com/lumigo-io/lumigo-go-tracer"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda"

	"example.com/root/wrappers/setup"
	"example.com/root/wrappers/tracing"
)

type consumer struct{}

func (c *consumer) ProcessSQS(ctx context.Context, ev events.SQSEvent) error { return nil } // want `fc\[ProcessSQS\]`

func raw(ctx context.Context, payload []byte) ([]byte, error) { return payload, nil } // want `fc\[raw\]`

func datadog(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[datadog\]`

func traced(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[traced\]`

func lumigo(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[lumigo\]`

func iopiped(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[iopiped\]`

func agented(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[agented\]`

func started(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[started\]`

func served(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[served\]`

// loadConfig runs once, when setup.Handler builds the handler: no entry
// point.
func loadConfig() error { return nil } // want `coldstart`

var mode = "otel"

func main() { // want `coldstart`
	c := &consumer{}
	switch mode {
	case "otel":
		lambda.Start(otellambda.InstrumentHandler(c.ProcessSQS)) // want `entry lambda "ProcessSQS" via lambda.Start \(AWS Lambda\)`
	case "otelhandler":
		lambda.StartHandler(otellambda.WrapHandler(lambda.NewHandler(raw))) // want `entry lambda "raw" via lambda.StartHandler \(AWS Lambda\)`
	case "datadog":
		lambda.Start(ddlambda.WrapHandler(datadog, nil)) // want `entry lambda "datadog" via lambda.Start \(AWS Lambda\)`
	case "epsagon":
		lambda.Start(epsagon.WrapLambdaHandler(epsagon.NewTracerConfig("app", "token"), traced)) // want `entry lambda "traced" via lambda.Start \(AWS Lambda\)`
	case "lumigo":
		lambda.Start(lumigotracer.WrapHandler(lumigo, &lumigotracer.Config{})) // want `entry lambda "lumigo" via lambda.Start \(AWS Lambda\)`
	case "iopipe":
		agent := iopipe.NewAgent(iopipe.Config{Token: iopipe.String("token")})
		lambda.Start(agent.WrapHandler(iopiped)) // want `entry lambda "iopiped" via lambda.Start \(AWS Lambda\)`
	case "agent":
		lambda.Start(tracing.WrapHandler(agented)) // want `entry lambda "agented" via lambda.Start \(AWS Lambda\)`
	case "start":
		tracing.Start(started) // want `entry lambda "started" via tracing.Start \(AWS Lambda\)`
	default:
		lambda.Start(setup.Handler(loadConfig, served)) // want `entry lambda "served" via lambda.Start \(AWS Lambda\)`
	}
}
