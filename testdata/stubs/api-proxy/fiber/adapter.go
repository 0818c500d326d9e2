// Package fiberadapter is a stub of
// github.com/awslabs/aws-lambda-go-api-proxy/fiber for fnlint's tests:
// the declarations fnlint matches, at their real import path.
package fiberadapter

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/gofiber/fiber/v2"
)

// FiberLambda serves API Gateway requests with a fiber App.
type FiberLambda struct{ app *fiber.App }

// New returns an adapter for app.
func New(app *fiber.App) *FiberLambda { return &FiberLambda{app} }

func (f *FiberLambda) Proxy(req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}

func (f *FiberLambda) ProxyWithContext(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}

func (f *FiberLambda) ProxyV2(req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return events.APIGatewayV2HTTPResponse{}, nil
}

func (f *FiberLambda) ProxyWithContextV2(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return events.APIGatewayV2HTTPResponse{}, nil
}
