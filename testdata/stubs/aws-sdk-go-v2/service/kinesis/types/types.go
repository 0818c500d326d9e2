// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/kinesis/types.
package types

// PutRecordsRequestEntry is one record of a batch.
type PutRecordsRequestEntry struct {
	Data         []byte
	PartitionKey *string
}

// PutRecordsResultEntry is the result of one record: its sequence
// number, or ErrorCode and ErrorMessage.
type PutRecordsResultEntry struct {
	ErrorCode, ErrorMessage, SequenceNumber *string
}
