// Command wrap starts the Lambda handler that lambdaurl.Wrap makes of an
// http.Handler: the handler is an HTTP entry point on Lambda.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdaurl"
)

type site struct{}

func (site) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `fc\[ServeHTTP\]`

func main() { // want `coldstart`
	lambda.Start(lambdaurl.Wrap(site{})) // want `entry http "ServeHTTP" via lambda.Start \(AWS Lambda\)`
}
