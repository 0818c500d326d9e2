// Package core is a stub of github.com/awslabs/aws-lambda-go-api-proxy/core.
package core

// SwitchableAPIGatewayRequest is an API Gateway v1 or v2 request.
type SwitchableAPIGatewayRequest struct{}

// SwitchableAPIGatewayResponse is an API Gateway v1 or v2 response.
type SwitchableAPIGatewayResponse struct{}
