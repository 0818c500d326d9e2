package events

// KinesisFirehoseEvent is a batch of records that a Firehose stream
// gives its data transformation.
type KinesisFirehoseEvent struct {
	InvocationID      string                       `json:"invocationId"`
	DeliveryStreamArn string                       `json:"deliveryStreamArn"`
	Records           []KinesisFirehoseEventRecord `json:"records"`
}

// KinesisFirehoseEventRecord is one record of a KinesisFirehoseEvent.
type KinesisFirehoseEventRecord struct {
	RecordID string `json:"recordId"`
	Data     []byte `json:"data"`
}

// KinesisFirehoseResponse is the transformation's result.
type KinesisFirehoseResponse struct {
	Records []KinesisFirehoseResponseRecord `json:"records"`
}

// KinesisFirehoseResponseRecord is the result of one record.
type KinesisFirehoseResponseRecord struct {
	RecordID string `json:"recordId"`
	Result   string `json:"result"` // Ok, Dropped or ProcessingFailed
	Data     []byte `json:"data"`
}

// The results of a record's transformation.
const (
	KinesisFirehoseTransformedStateOk               = "Ok"
	KinesisFirehoseTransformedStateDropped          = "Dropped"
	KinesisFirehoseTransformedStateProcessingFailed = "ProcessingFailed"
)
