// Package events is a stub of github.com/aws/aws-lambda-go/events for
// fnlint's tests: the event types fnlint matches, with the fields the
// tests use, at their real import path.
package events

import "io"

// APIGatewayProxyRequest is an API Gateway REST (v1) proxy request.
type APIGatewayProxyRequest struct {
	HTTPMethod string
	Path       string
	Headers    map[string]string
	Body       string
}

// APIGatewayProxyResponse is the response to an APIGatewayProxyRequest.
type APIGatewayProxyResponse struct {
	StatusCode int
	Headers    map[string]string
	Body       string
}

// APIGatewayV2HTTPRequest is an API Gateway HTTP API (v2) request.
type APIGatewayV2HTTPRequest struct {
	RawPath string
	Body    string
}

// APIGatewayV2HTTPResponse is the response to an APIGatewayV2HTTPRequest.
type APIGatewayV2HTTPResponse struct {
	StatusCode int
	Body       string
}

// SQSEvent is a batch of SQS messages.
type SQSEvent struct {
	Records []SQSMessage `json:"Records"`
}

// SQSMessage is one message of an SQSEvent.
type SQSMessage struct {
	MessageId     string `json:"messageId"` //nolint: stylecheck
	ReceiptHandle string `json:"receiptHandle"`
	Body          string `json:"body"`
}

// KinesisEvent is a batch of Kinesis records.
type KinesisEvent struct {
	Records []KinesisEventRecord `json:"Records"`
}

// KinesisEventRecord is one record of a KinesisEvent.
type KinesisEventRecord struct {
	EventID string        `json:"eventID"`
	Kinesis KinesisRecord `json:"kinesis"`
}

// KinesisRecord is the Kinesis data of a record.
type KinesisRecord struct {
	Data           []byte `json:"data"`
	PartitionKey   string `json:"partitionKey"`
	SequenceNumber string `json:"sequenceNumber"`
}

// DynamoDBEvent is a batch of DynamoDB stream records.
type DynamoDBEvent struct {
	Records []DynamoDBEventRecord `json:"Records"`
}

// DynamoDBEventRecord is one record of a DynamoDBEvent.
type DynamoDBEventRecord struct {
	Change    DynamoDBStreamRecord `json:"dynamodb"`
	EventID   string               `json:"eventID"`
	EventName string               `json:"eventName"`
}

// DynamoDBStreamRecord is the change a record describes.
type DynamoDBStreamRecord struct {
	SequenceNumber string `json:"SequenceNumber"`
}

// KinesisEventResponse reports the records of a KinesisEvent that failed.
type KinesisEventResponse struct {
	BatchItemFailures []KinesisBatchItemFailure `json:"batchItemFailures"`
}

// KinesisBatchItemFailure is one record that failed processing.
type KinesisBatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}

// DynamoDBEventResponse reports the records of a DynamoDBEvent that failed.
type DynamoDBEventResponse struct {
	BatchItemFailures []DynamoDBBatchItemFailure `json:"batchItemFailures"`
}

// DynamoDBBatchItemFailure is one record that failed processing.
type DynamoDBBatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}

// SQSEventResponse reports the messages of an SQSEvent that failed.
type SQSEventResponse struct {
	BatchItemFailures []SQSBatchItemFailure `json:"batchItemFailures"`
}

// SQSBatchItemFailure is one message that failed processing.
type SQSBatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}

// LambdaFunctionURLRequest is a Lambda Function URL request.
type LambdaFunctionURLRequest struct {
	RawPath string
	Headers map[string]string
	Body    string
}

// LambdaFunctionURLStreamingResponse is the response of a Function URL
// in response-streaming mode: the runtime reads Body after the handler
// returns, until it ends.
type LambdaFunctionURLStreamingResponse struct {
	StatusCode int
	Headers    map[string]string
	Body       io.Reader
}
