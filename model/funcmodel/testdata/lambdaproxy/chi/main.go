// Command chi serves a chi router on Lambda through
// aws-lambda-go-api-proxy.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"
	"github.com/go-chi/chi/v5"
)

func list(w http.ResponseWriter, r *http.Request) {} // want `fc\[/items\]`

func main() { // want `coldstart`
	r := chi.NewRouter()
	r.Get("/items", list) // want `entry http "/items" via route of lambda.Start \(AWS Lambda\)`
	lambda.Start(chiadapter.New(r).ProxyWithContext)
}
