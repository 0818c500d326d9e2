// Package firehose is a stub of github.com/aws/aws-sdk-go/service/firehose.
package firehose

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// Firehose is the Amazon Kinesis Firehose client.
type Firehose struct{}

// New creates a Firehose client from a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *Firehose { return &Firehose{} }

// Record is the unit of data in a delivery stream.
type Record struct {
	Data []byte
}

// PutRecordBatchResponseEntry is the result of one record: its id, or
// ErrorCode and ErrorMessage.
type PutRecordBatchResponseEntry struct {
	ErrorCode, ErrorMessage, RecordId *string
}

// PutRecordBatchInput is the input of PutRecordBatch.
type PutRecordBatchInput struct {
	DeliveryStreamName *string
	Records            []*Record
}

// PutRecordBatchOutput is the output of PutRecordBatch.
type PutRecordBatchOutput struct {
	// The number of records that might have failed processing.
	FailedPutCount   *int64
	RequestResponses []*PutRecordBatchResponseEntry
}

// PutRecordBatch writes multiple data records into a delivery stream.
func (c *Firehose) PutRecordBatch(in *PutRecordBatchInput) (*PutRecordBatchOutput, error) {
	return &PutRecordBatchOutput{}, nil
}

// PutRecordBatchWithContext is the same as PutRecordBatch with the
// addition of the ability to pass a context and additional request
// options.
func (c *Firehose) PutRecordBatchWithContext(ctx aws.Context, in *PutRecordBatchInput, opts ...request.Option) (*PutRecordBatchOutput, error) {
	return &PutRecordBatchOutput{}, nil
}
