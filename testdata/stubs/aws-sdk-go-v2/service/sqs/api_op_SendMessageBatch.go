package sqs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// SendMessageBatchInput is the input of SendMessageBatch.
type SendMessageBatchInput struct {
	QueueUrl *string
	Entries  []types.SendMessageBatchRequestEntry
}

// SendMessageBatchOutput is the output of SendMessageBatch.
type SendMessageBatchOutput struct {
	// A list of BatchResultErrorEntry items with error details about
	// each message that can't be enqueued.
	Failed     []types.BatchResultErrorEntry
	Successful []types.SendMessageBatchResultEntry
}

// SendMessageBatch delivers up to ten messages to the specified queue.
func (c *Client) SendMessageBatch(ctx context.Context, params *SendMessageBatchInput, optFns ...func(*Options)) (*SendMessageBatchOutput, error) {
	return &SendMessageBatchOutput{}, nil
}
