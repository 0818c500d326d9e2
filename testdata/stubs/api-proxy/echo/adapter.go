// Package echoadapter is a stub of
// github.com/awslabs/aws-lambda-go-api-proxy/echo.
package echoadapter

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/labstack/echo/v4"
)

// EchoLambda serves API Gateway requests with an echo router.
type EchoLambda struct{ echo *echo.Echo }

// New returns an adapter for the router.
func New(e *echo.Echo) *EchoLambda { return &EchoLambda{e} }

func (e *EchoLambda) ProxyWithContext(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}
