// Package httpadapter is a stub of
// github.com/awslabs/aws-lambda-go-api-proxy/httpadapter for fnlint's
// tests: the declarations fnlint matches, at their real import path.
package httpadapter

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

// HandlerAdapter serves API Gateway (REST) requests with an http.Handler.
type HandlerAdapter struct{ handler http.Handler }

// New returns an adapter for handler.
func New(handler http.Handler) *HandlerAdapter { return &HandlerAdapter{handler} }

func (h *HandlerAdapter) Proxy(event events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}

func (h *HandlerAdapter) ProxyWithContext(ctx context.Context, event events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}

// HandlerAdapterV2 serves API Gateway HTTP API requests.
type HandlerAdapterV2 struct{ handler http.Handler }

// NewV2 returns an adapter for handler.
func NewV2(handler http.Handler) *HandlerAdapterV2 { return &HandlerAdapterV2{handler} }

func (h *HandlerAdapterV2) ProxyWithContext(ctx context.Context, event events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return events.APIGatewayV2HTTPResponse{}, nil
}
