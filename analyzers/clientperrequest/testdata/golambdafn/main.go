// Command golambdafn is a Lambda function started through
// m-mizutani/golambda, whose Start calls lambda.Start with a literal
// that calls the handler: the handler is function code.
package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/m-mizutani/golambda"
)

func handler(event golambda.Event) (interface{}, error) {
	cfg, err := config.LoadDefaultConfig(event.Ctx) // want `config.LoadDefaultConfig loads the AWS configuration`
	if err != nil {
		return nil, err
	}
	_ = sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig creates`
	return nil, nil
}

func main() {
	cfg, _ := config.LoadDefaultConfig(context.Background()) // ok: the init phase
	_ = cfg
	golambda.Start(handler)
}
