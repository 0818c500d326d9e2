// Command api is an AWS Lambda function behind API Gateway that looks
// up orders in DynamoDB. It makes the mistakes fnlint knows for Lambda.
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// lastPath remembers the path of the previous request.
var lastPath string

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if req.HTTPMethod != http.MethodGet {
		log.Fatalf("unexpected method %s", req.HTTPMethod)
	}
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, err
	}
	db := dynamodb.NewFromConfig(cfg)
	_ = db
	lastPath = req.Path
	go audit(req.Path)
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: "{}"}, nil
}

func audit(path string) { log.Printf("served %s", path) }

func main() {
	lambda.Start(handle)
}
