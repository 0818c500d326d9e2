// Command lambdaurl serves an http.Handler as a Lambda Function URL
// with a streaming response (aws-lambda-go's lambdaurl.Start): the
// handler is an HTTP entry point on Lambda.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambdaurl"
)

func page(w http.ResponseWriter, r *http.Request) {} // want `fc\[page\]`

func main() { // want `coldstart`
	lambdaurl.Start(http.HandlerFunc(page)) // want `entry http "page" via lambdaurl.Start \(AWS Lambda\)`
}
