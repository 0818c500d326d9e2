// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/sqs/types.
package types

// BatchResultErrorEntry gives information about a batch entry that
// failed.
type BatchResultErrorEntry struct {
	Code, Id, Message *string
	SenderFault       bool
}

// SendMessageBatchRequestEntry is one message of a batch.
type SendMessageBatchRequestEntry struct {
	Id, MessageBody *string
}

// SendMessageBatchResultEntry is one message sent.
type SendMessageBatchResultEntry struct {
	Id, MessageId *string
}

// DeleteMessageBatchRequestEntry is one message to delete.
type DeleteMessageBatchRequestEntry struct {
	Id, ReceiptHandle *string
}
