// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/firehose/types.
package types

// Record is the unit of data in a delivery stream.
type Record struct {
	Data []byte
}

// PutRecordBatchResponseEntry is the result of one record: its id, or
// ErrorCode and ErrorMessage.
type PutRecordBatchResponseEntry struct {
	ErrorCode, ErrorMessage, RecordId *string
}
