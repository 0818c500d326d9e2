// Command lambda26 is a Lambda function behind API Gateway on a module
// whose go directive names a Go newer than any runtime of Cloud Run
// functions in fnlint's table: Lambda's runtime (provided.al2023,
// provided.al2) is a deploy setting, not the go directive, so nothing
// is reported, though its routes are HTTP entry points.
package main // ok: a Lambda function

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)

func hello(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", hello)
	lambda.Start(httpadapter.New(mux).ProxyWithContext)
}
