package sns

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

// PublishBatchInput is the input of PublishBatch.
type PublishBatchInput struct {
	TopicArn                   *string
	PublishBatchRequestEntries []types.PublishBatchRequestEntry
}

// PublishBatchOutput is the output of PublishBatch.
type PublishBatchOutput struct {
	// A list of failed PublishBatch responses.
	Failed []types.BatchResultErrorEntry
}

// PublishBatch publishes up to ten messages to the specified topic.
func (c *Client) PublishBatch(ctx context.Context, params *PublishBatchInput, optFns ...func(*Options)) (*PublishBatchOutput, error) {
	return &PublishBatchOutput{}, nil
}
