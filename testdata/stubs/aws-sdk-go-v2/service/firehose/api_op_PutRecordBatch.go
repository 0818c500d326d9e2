package firehose

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/firehose/types"
)

// PutRecordBatchInput is the input of PutRecordBatch.
type PutRecordBatchInput struct {
	DeliveryStreamName *string
	Records            []types.Record
}

// PutRecordBatchOutput is the output of PutRecordBatch.
type PutRecordBatchOutput struct {
	// The number of records that might have failed processing.
	FailedPutCount   *int32
	RequestResponses []types.PutRecordBatchResponseEntry
}

// PutRecordBatch writes multiple data records into a delivery stream.
func (c *Client) PutRecordBatch(ctx context.Context, params *PutRecordBatchInput, optFns ...func(*Options)) (*PutRecordBatchOutput, error) {
	return &PutRecordBatchOutput{}, nil
}
