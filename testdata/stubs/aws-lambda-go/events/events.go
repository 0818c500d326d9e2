// Package events is a stub of the AWS Lambda event types.
package events

type APIGatewayProxyRequest struct{ Body string }
type APIGatewayProxyResponse struct {
	StatusCode int
	Body       string
}
type SQSEvent struct{ Records []struct{ Body string } }
