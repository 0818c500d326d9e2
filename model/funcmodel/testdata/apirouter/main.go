// Command apirouter serves on Lambda the router that package api builds
// and populates: its routes are HTTP entry points on Lambda.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"

	"example.com/root/apirouter/api"
)

func main() { // want `coldstart`
	r := api.NewRouter() // want `entry http "/api/users" via route of lambda.Start \(AWS Lambda\)` `entry http "/api/health" via route of lambda.Start \(AWS Lambda\)`
	api.Register(r)      // want `entry http "/orders" via route of lambda.Start \(AWS Lambda\)`
	_ = api.Unserved()
	lambda.Start(gorillamux.New(r).ProxyWithContext)
}
