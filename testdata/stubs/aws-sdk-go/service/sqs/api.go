// Package sqs is a stub of github.com/aws/aws-sdk-go/service/sqs.
package sqs

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// SQS is the Amazon Simple Queue Service client.
type SQS struct{}

// New creates an SQS client from a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *SQS { return &SQS{} }

// BatchResultErrorEntry gives information about a batch entry that
// failed.
type BatchResultErrorEntry struct {
	Code, Id, Message *string
	SenderFault       *bool
}

// SendMessageBatchRequestEntry is one message of a batch.
type SendMessageBatchRequestEntry struct {
	Id, MessageBody *string
}

// SendMessageBatchResultEntry is one message sent.
type SendMessageBatchResultEntry struct {
	Id, MessageId *string
}

// SendMessageBatchInput is the input of SendMessageBatch.
type SendMessageBatchInput struct {
	QueueUrl *string
	Entries  []*SendMessageBatchRequestEntry
}

// SendMessageBatchOutput is the output of SendMessageBatch.
type SendMessageBatchOutput struct {
	// A list of BatchResultErrorEntry items with error details about
	// each message that can't be enqueued.
	Failed     []*BatchResultErrorEntry
	Successful []*SendMessageBatchResultEntry
}

// SendMessageBatch delivers up to ten messages to the specified queue.
func (c *SQS) SendMessageBatch(in *SendMessageBatchInput) (*SendMessageBatchOutput, error) {
	return &SendMessageBatchOutput{}, nil
}

// SendMessageBatchWithContext is the same as SendMessageBatch with the
// addition of the ability to pass a context and additional request
// options.
func (c *SQS) SendMessageBatchWithContext(ctx aws.Context, in *SendMessageBatchInput, opts ...request.Option) (*SendMessageBatchOutput, error) {
	return &SendMessageBatchOutput{}, nil
}

// DeleteMessageBatchRequestEntry is one message to delete.
type DeleteMessageBatchRequestEntry struct {
	Id, ReceiptHandle *string
}

// DeleteMessageBatchInput is the input of DeleteMessageBatch.
type DeleteMessageBatchInput struct {
	QueueUrl *string
	Entries  []*DeleteMessageBatchRequestEntry
}

// DeleteMessageBatchOutput is the output of DeleteMessageBatch.
type DeleteMessageBatchOutput struct {
	Failed []*BatchResultErrorEntry
}

// DeleteMessageBatch deletes up to ten messages from the specified
// queue.
func (c *SQS) DeleteMessageBatch(in *DeleteMessageBatchInput) (*DeleteMessageBatchOutput, error) {
	return &DeleteMessageBatchOutput{}, nil
}

// DeleteMessageBatchWithContext is the same as DeleteMessageBatch with
// the addition of the ability to pass a context and additional request
// options.
func (c *SQS) DeleteMessageBatchWithContext(ctx aws.Context, in *DeleteMessageBatchInput, opts ...request.Option) (*DeleteMessageBatchOutput, error) {
	return &DeleteMessageBatchOutput{}, nil
}
