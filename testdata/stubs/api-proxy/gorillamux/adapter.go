// Package gorillamux is a stub of
// github.com/awslabs/aws-lambda-go-api-proxy/gorillamux.
package gorillamux

import (
	"context"

	"github.com/awslabs/aws-lambda-go-api-proxy/core"
	"github.com/gorilla/mux"
)

// GorillaMuxAdapter serves API Gateway requests with a gorilla router.
type GorillaMuxAdapter struct{ router *mux.Router }

// New returns an adapter for router.
func New(router *mux.Router) *GorillaMuxAdapter { return &GorillaMuxAdapter{router} }

func (h *GorillaMuxAdapter) Proxy(event core.SwitchableAPIGatewayRequest) (*core.SwitchableAPIGatewayResponse, error) {
	return nil, nil
}

func (h *GorillaMuxAdapter) ProxyWithContext(ctx context.Context, event core.SwitchableAPIGatewayRequest) (*core.SwitchableAPIGatewayResponse, error) {
	return nil, nil
}
