// Command lambdaurl serves a router as a Lambda Function URL
// (lambdaurl.Start): a handler that returns without writing answers an
// empty 200 OK, since lambdaurl's wrapper writes the status when the
// handler returns; no API Gateway adapter is involved.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambdaurl"
)

func get(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		return // want `^get \(route "/orders"\) returns without writing a response: the caller gets an empty 200 OK; write a response \(http.Error on failure\) before every return`
	}
	w.WriteHeader(http.StatusOK)
}

func page(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		return // want `^page returns without writing a response: the caller gets an empty 200 OK`
	}
	_, _ = w.Write([]byte("ok"))
}

var mode = "mux"

func main() {
	if mode == "mux" {
		mux := http.NewServeMux()
		mux.HandleFunc("/orders", get)
		lambdaurl.Start(mux)
	}
	lambdaurl.Start(http.HandlerFunc(page))
}
