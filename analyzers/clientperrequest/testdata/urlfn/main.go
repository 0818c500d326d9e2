// Command urlfn serves an http.Handler as a Lambda Function URL
// (lambdaurl.Start): the handler runs per request.
package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var cfg, _ = config.LoadDefaultConfig(context.Background())

func page(w http.ResponseWriter, r *http.Request) {
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig creates`
}

func main() {
	lambdaurl.Start(http.HandlerFunc(page))
}
