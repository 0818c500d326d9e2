// Package tool is code no entry point reaches: not judged (a blind
// spot: a batch loses entries there all the same).
package tool

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Flush sends a batch.
func Flush(ctx context.Context, c *sqs.Client) error {
	_, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{}) // ok: not function code
	return err
}
