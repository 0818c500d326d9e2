package kinesis

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/kinesis/types"
)

// PutRecordsInput is the input of PutRecords.
type PutRecordsInput struct {
	StreamName *string
	Records    []types.PutRecordsRequestEntry
}

// PutRecordsOutput is the output of PutRecords.
type PutRecordsOutput struct {
	// The number of unsuccessfully processed records in a PutRecords
	// request.
	FailedRecordCount *int32
	Records           []types.PutRecordsResultEntry
}

// PutRecords writes multiple data records into a Kinesis data stream.
func (c *Client) PutRecords(ctx context.Context, params *PutRecordsInput, optFns ...func(*Options)) (*PutRecordsOutput, error) {
	return &PutRecordsOutput{}, nil
}
