// Package eventbridge is a stub of github.com/aws/aws-sdk-go/service/eventbridge.
package eventbridge

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// EventBridge is the Amazon EventBridge client.
type EventBridge struct{}

// New creates an EventBridge client from a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *EventBridge { return &EventBridge{} }

// PutEventsRequestEntry is one event.
type PutEventsRequestEntry struct {
	Detail, DetailType, Source *string
}

// PutEventsResultEntry is the result of one event: its id, or
// ErrorCode and ErrorMessage.
type PutEventsResultEntry struct {
	ErrorCode, ErrorMessage, EventId *string
}

// PutEventsInput is the input of PutEvents.
type PutEventsInput struct {
	Entries []*PutEventsRequestEntry
}

// PutEventsOutput is the output of PutEvents.
type PutEventsOutput struct {
	// The number of failed entries.
	FailedEntryCount *int64
	Entries          []*PutEventsResultEntry
}

// PutEvents sends custom events to Amazon EventBridge.
func (c *EventBridge) PutEvents(in *PutEventsInput) (*PutEventsOutput, error) {
	return &PutEventsOutput{}, nil
}

// PutEventsWithContext is the same as PutEvents with the addition of
// the ability to pass a context and additional request options.
func (c *EventBridge) PutEventsWithContext(ctx aws.Context, in *PutEventsInput, opts ...request.Option) (*PutEventsOutput, error) {
	return &PutEventsOutput{}, nil
}
