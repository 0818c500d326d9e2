// Command field keeps its API Gateway adapter in a struct field and
// calls it from its Lambda handler: the router's routes run per
// invocation.
package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/core"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"
	"github.com/gorilla/mux"
)

type state struct {
	adapter *gorillamux.GorillaMuxAdapter
}

func (s *state) proxy(ctx context.Context, ev core.SwitchableAPIGatewayRequest) (*core.SwitchableAPIGatewayResponse, error) { // want `fc\[proxy\]`
	return s.adapter.ProxyWithContext(ctx, ev)
}

func home(w http.ResponseWriter, r *http.Request) {} // want `fc\[proxy\]`

func main() { // want `coldstart`
	r := mux.NewRouter()
	api := r.PathPrefix("/default").Subrouter()
	api.HandleFunc("/", home)
	s := &state{adapter: gorillamux.New(r)}
	lambda.Start(s.proxy) // want `entry lambda "proxy" via lambda.Start \(AWS Lambda\)`
}
