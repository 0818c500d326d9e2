// Command gorilla serves a gorilla/mux router on Lambda through
// aws-lambda-go-api-proxy: its routes are HTTP entry points on Lambda.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"
	"github.com/gorilla/mux"
)

func users(w http.ResponseWriter, r *http.Request)  {} // want `fc\[/users\]`
func orders(w http.ResponseWriter, r *http.Request) {} // want `fc\[/orders\]`
func unused(w http.ResponseWriter, r *http.Request) {} // ok: on a router no adapter serves

func main() { // want `coldstart`
	r := mux.NewRouter()
	r.HandleFunc("/users", users)   // want `entry http "/users" via route of lambda.Start \(AWS Lambda\)`
	r.HandleFunc("/orders", orders) // want `entry http "/orders" via route of lambda.Start \(AWS Lambda\)`
	other := mux.NewRouter()
	other.HandleFunc("/unused", unused)
	adapter := gorillamux.New(r)
	lambda.Start(adapter.ProxyWithContext)
}
