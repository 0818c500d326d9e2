// Package chiadapter is a stub of
// github.com/awslabs/aws-lambda-go-api-proxy/chi.
package chiadapter

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/go-chi/chi/v5"
)

// ChiLambda serves API Gateway requests with a chi router.
type ChiLambda struct{ mux *chi.Mux }

// New returns an adapter for the router.
func New(chi *chi.Mux) *ChiLambda { return &ChiLambda{chi} }

func (g *ChiLambda) Proxy(req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}

func (g *ChiLambda) ProxyWithContext(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}
