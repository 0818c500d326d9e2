// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/eventbridge/types.
package types

// PutEventsRequestEntry is one event.
type PutEventsRequestEntry struct {
	Detail, DetailType, Source *string
}

// PutEventsResultEntry is the result of one event: its id, or
// ErrorCode and ErrorMessage.
type PutEventsResultEntry struct {
	ErrorCode, ErrorMessage, EventId *string
}
