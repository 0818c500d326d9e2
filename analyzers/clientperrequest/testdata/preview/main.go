// Command preview is a Lambda function on the preview AWS SDK for Go v2
// (v0.7.0), which loads its configuration with
// external.LoadDefaultAWSConfig.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/external"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var shared = func() aws.Config {
	cfg, err := external.LoadDefaultAWSConfig() // ok: cold start
	if err != nil {
		panic(err)
	}
	return cfg
}()

func handler(ctx context.Context) error {
	cfg, err := external.LoadDefaultAWSConfig() // want `external.LoadDefaultAWSConfig loads the AWS configuration, reading the environment and the shared config files, on every invocation; create it once in a package-level variable`
	if err != nil {
		return err
	}
	_ = s3.New(cfg)    // want `s3.New creates a client on every invocation`
	_ = s3.New(shared) // want `s3.New creates a client on every invocation`
	return nil
}

func main() {
	lambda.Start(handler)
}
