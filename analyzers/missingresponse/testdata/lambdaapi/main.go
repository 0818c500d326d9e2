// Command lambdaapi serves a gorilla router on Lambda through
// aws-lambda-go-api-proxy: a route that writes nothing makes the adapter
// answer 504 and fail the invocation.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"
	"github.com/gorilla/mux"
)

func get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		return // want `^get \(route "/orders"\) returns without writing a response: the API Gateway adapter finds no status code, answers 504 Gateway Timeout and fails the invocation; write a status before every return`
	}
	w.WriteHeader(http.StatusOK)
}

func ok(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not yet", http.StatusNotImplemented) // ok: responds
}

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/orders", get)
	r.HandleFunc("/ok", ok)
	lambda.Start(gorillamux.New(r).ProxyWithContext)
}
