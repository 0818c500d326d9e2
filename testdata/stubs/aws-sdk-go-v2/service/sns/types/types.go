// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/sns/types.
package types

// BatchResultErrorEntry gives details about a batch entry that failed.
type BatchResultErrorEntry struct {
	Code, Id, Message *string
}

// PublishBatchRequestEntry is one message of a batch.
type PublishBatchRequestEntry struct {
	Id, Message *string
}
