// Command queue is an AWS Lambda function that archives the orders of
// an SQS queue to S3. It makes the mistakes fnlint knows for Lambda.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type order struct {
	ID    string `json:"id"`
	Total int    `json:"total"`
}

// processed counts the orders this environment has archived.
var processed int

func handle(ctx context.Context, ev events.SQSEvent) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg)
	for _, msg := range ev.Records {
		var o order
		if err := json.Unmarshal([]byte(msg.Body), &o); err != nil {
			return fmt.Errorf("message %s: %w", msg.MessageId, err)
		}
		f, err := os.CreateTemp("", "order-*.json")
		if err != nil {
			return err
		}
		f.WriteString(msg.Body)
		f.Close()
		key := "orders/" + o.ID + ".json"
		if _, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("archive"), Key: &key}); err != nil {
			return err
		}
		processed++
	}
	return nil
}

func main() {
	lambda.Start(handle)
}
