// Command http serves net/http handlers on Lambda through
// aws-lambda-go-api-proxy's httpadapter: a ServeMux's routes, and a
// single handler function.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)

func hello(w http.ResponseWriter, r *http.Request)  {} // want `fc\[/hello\]`
func single(w http.ResponseWriter, r *http.Request) {} // want `fc\[single\]`

func routes() { // want `coldstart`
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", hello) // want `entry http "/hello" via route of lambda.Start \(AWS Lambda\)`
	lambda.Start(httpadapter.New(mux).Proxy)
}

func main() { // want `coldstart`
	routes()
	lambda.Start(httpadapter.NewV2(http.HandlerFunc(single)).ProxyWithContext) // want `entry http "single" via lambda.Start \(AWS Lambda\)`
}
