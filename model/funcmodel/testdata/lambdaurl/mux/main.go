// Command mux serves a router as a Lambda Function URL: its routes are
// HTTP entry points on Lambda.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambdaurl"
)

func users(w http.ResponseWriter, r *http.Request)  {} // want `fc\[/users\]`
func unused(w http.ResponseWriter, r *http.Request) {} // ok: on a router nothing serves

func main() { // want `coldstart`
	mux := http.NewServeMux()
	mux.HandleFunc("/users", users) // want `entry http "/users" via route of lambdaurl.Start \(AWS Lambda\)`
	other := http.NewServeMux()
	other.HandleFunc("/unused", unused)
	lambdaurl.Start(mux)
}
