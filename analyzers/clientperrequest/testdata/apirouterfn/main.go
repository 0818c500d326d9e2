// Command apirouterfn serves on Lambda the router that package api
// builds: its handlers run per request.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"

	"example.com/cpr/apirouterfn/api"
)

func main() {
	lambda.Start(gorillamux.New(api.NewRouter()).ProxyWithContext)
}
