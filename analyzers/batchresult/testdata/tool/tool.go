// Package tool is code no entry point reaches: a batch loses entries
// there all the same.
package tool

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Flush sends a batch.
func Flush(ctx context.Context, c *sqs.Client) error {
	_, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{}) // want `Amazon SQS SendMessageBatch reports`
	return err
}
