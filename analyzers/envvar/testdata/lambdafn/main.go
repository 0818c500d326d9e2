// Command lambdafn is a Lambda function: Lambda sets variables of its
// own, and envvar knows none it stopped setting.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context) error {
	_ = os.Getenv("FUNCTION_NAME") // ok: not judged on Lambda
	return nil
}

func main() { lambda.Start(handler) }
