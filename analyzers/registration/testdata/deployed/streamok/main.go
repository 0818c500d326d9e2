// Command streamok serves an http.Handler as a Function URL with
// lambdaurl, which streams its response.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambdaurl"
)

func serve(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }

func main() { lambdaurl.Start(http.HandlerFunc(serve)) }
