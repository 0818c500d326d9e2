// Command awsfn is a Lambda function whose AWS clients are built by
// helpers of another package of its module.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cpr/awsutil"
)

type app struct{ f *awsutil.Factory }

func (a *app) handle(ctx context.Context) error {
	c, err := awsutil.New() // want `calls awsutil.New, which calls session.NewSession, creating a client on every invocation`
	if err != nil {
		return err
	}
	_ = c
	cfg, err := awsutil.Config(ctx) // want `calls awsutil.Config, which calls config.LoadDefaultConfig`
	_, _ = cfg, err
	b, err := a.f.Bucket(ctx) // want `calls \(\*awsutil.Factory\).Bucket, which calls s3.NewFromConfig, creating a client`
	_, _ = b, err
	n, err := awsutil.NewS3(ctx) // want `calls awsutil.NewS3, which calls config.LoadDefaultConfig`
	_, _ = n, err
	s, err := awsutil.Shared() // ok: created once per instance
	_, _ = s, err
	g, err := awsutil.Get() // ok: created once per instance
	_, _ = g, err
	return nil
}

func main() {
	a := &app{f: &awsutil.Factory{Region: "eu-west-1"}}
	lambda.Start(a.handle)
}
