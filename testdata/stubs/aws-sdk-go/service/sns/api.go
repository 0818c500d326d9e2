// Package sns is a stub of github.com/aws/aws-sdk-go/service/sns.
package sns

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// SNS is the Amazon Simple Notification Service client.
type SNS struct{}

// New creates an SNS client from a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *SNS { return &SNS{} }

// BatchResultErrorEntry gives details about a batch entry that failed.
type BatchResultErrorEntry struct {
	Code, Id, Message *string
}

// PublishBatchRequestEntry is one message of a batch.
type PublishBatchRequestEntry struct {
	Id, Message *string
}

// PublishBatchInput is the input of PublishBatch.
type PublishBatchInput struct {
	TopicArn                   *string
	PublishBatchRequestEntries []*PublishBatchRequestEntry
}

// PublishBatchOutput is the output of PublishBatch.
type PublishBatchOutput struct {
	// A list of failed PublishBatch responses.
	Failed []*BatchResultErrorEntry
}

// PublishBatch publishes up to ten messages to the specified topic.
func (c *SNS) PublishBatch(in *PublishBatchInput) (*PublishBatchOutput, error) {
	return &PublishBatchOutput{}, nil
}

// PublishBatchWithContext is the same as PublishBatch with the addition
// of the ability to pass a context and additional request options.
func (c *SNS) PublishBatchWithContext(ctx aws.Context, in *PublishBatchInput, opts ...request.Option) (*PublishBatchOutput, error) {
	return &PublishBatchOutput{}, nil
}
