// Package ginadapter is a stub of
// github.com/awslabs/aws-lambda-go-api-proxy/gin.
package ginadapter

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/gin-gonic/gin"
)

// GinLambda serves API Gateway requests with a gin engine.
type GinLambda struct{ engine *gin.Engine }

// New returns an adapter for the engine.
func New(gin *gin.Engine) *GinLambda { return &GinLambda{gin} }

func (g *GinLambda) ProxyWithContext(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}
