// Package kinesis is a stub of github.com/aws/aws-sdk-go/service/kinesis.
package kinesis

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// Kinesis is the Amazon Kinesis client.
type Kinesis struct{}

// New creates a Kinesis client from a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *Kinesis { return &Kinesis{} }

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

// PutRecordsInput is the input of PutRecords.
type PutRecordsInput struct {
	StreamName *string
	Records    []*PutRecordsRequestEntry
}

// PutRecordsOutput is the output of PutRecords.
type PutRecordsOutput struct {
	// The number of unsuccessfully processed records in a PutRecords
	// request.
	FailedRecordCount *int64
	Records           []*PutRecordsResultEntry
}

// PutRecords writes multiple data records into a Kinesis data stream.
func (c *Kinesis) PutRecords(in *PutRecordsInput) (*PutRecordsOutput, error) {
	return &PutRecordsOutput{}, nil
}

// PutRecordsWithContext is the same as PutRecords with the addition of
// the ability to pass a context and additional request options.
func (c *Kinesis) PutRecordsWithContext(ctx aws.Context, in *PutRecordsInput, opts ...request.Option) (*PutRecordsOutput, error) {
	return &PutRecordsOutput{}, nil
}
