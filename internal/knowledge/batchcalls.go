package knowledge

import (
	"go/types"
	"strings"
)

// A BatchOutput describes the output of an AWS batch operation that
// reports the entries it failed in its output and not as an error: the
// call returns a nil error while some of its entries were not done.
type BatchOutput struct {
	Op      string // the operation, "SendMessageBatch"
	Service string // the service, "Amazon SQS"
	// Failed says what the output lists and where: "the messages it
	// could not send in Failed".
	Failed string
	// Lost says what becomes of those entries when no one reads them.
	Lost string
	// Remedy says what to do with them.
	Remedy string
	// Checks lists the fields of the output whose reading checks the
	// failures (Failed, or the count of the entries done).
	Checks []string
	// Failures lists those of Checks that list or count the failed
	// entries alone (Failed, UnprocessedItems, FailedEntryCount): not
	// empty or not zero, they say that some entries failed.
	Failures []string
}

// batchKey names the output type of an operation: the service's
// package name (the last element of its path, the same in both SDKs)
// and the type's name.
type batchKey struct{ Service, Type string }

// batchOutputs lists the batch operations of the AWS SDK for Go (v1,
// github.com/aws/aws-sdk-go/service/NAME, and v2,
// github.com/aws/aws-sdk-go-v2/service/NAME, whose outputs have the
// same names and fields) that report partial failures in their
// outputs. The services' API references:
//
//   - SQS SendMessageBatch: "The result of sending each message is
//     reported individually in the response. Because the batch request
//     can result in a combination of successful and unsuccessful
//     actions, you should check for batch errors even when the call
//     returns an HTTP status code of 200"; DeleteMessageBatch and
//     ChangeMessageVisibilityBatch say the same, and list the failures
//     in Failed;
//   - SNS PublishBatch: "the result of each message is reported
//     individually in the response"; Failed lists the failures;
//   - DynamoDB BatchWriteItem: "If any requested operations fail
//     because the table's provisioned throughput is exceeded or an
//     internal processing failure occurs, the failed operations are
//     returned in the UnprocessedItems response parameter"; BatchGetItem
//     returns the keys it did not read in UnprocessedKeys ("If there
//     are no unprocessed keys remaining, the response contains an empty
//     UnprocessedKeys map");
//   - Kinesis PutRecords: "A single record failure does not stop the
//     processing of subsequent records. As a result, PutRecords doesn't
//     guarantee the ordering of records"; FailedRecordCount counts the
//     failures and each result in Records has an ErrorCode;
//   - Firehose PutRecordBatch: "Even if the PutRecordBatch call
//     succeeds, the value of FailedPutCount may be greater than 0,
//     indicating that there are records for which the operation didn't
//     succeed";
//   - EventBridge PutEvents (and CloudWatch Events, its former name):
//     "The number of failed entries" is FailedEntryCount, and each
//     failed entry of Entries has an ErrorCode.
var batchOutputs = map[batchKey]BatchOutput{
	{"sqs", "SendMessageBatchOutput"}: {Op: "SendMessageBatch", Service: "Amazon SQS",
		Failed: "the messages it could not send in Failed", Lost: "those messages are lost without a trace",
		Remedy: "send the entries of Failed again or report them", Checks: []string{"Failed", "Successful"}, Failures: []string{"Failed"}},
	{"sqs", "DeleteMessageBatchOutput"}: {Op: "DeleteMessageBatch", Service: "Amazon SQS",
		Failed: "the messages it could not delete in Failed", Lost: "those messages stay in the queue and are delivered again",
		Remedy: "delete the entries of Failed again or report them", Checks: []string{"Failed", "Successful"}, Failures: []string{"Failed"}},
	{"sqs", "ChangeMessageVisibilityBatchOutput"}: {Op: "ChangeMessageVisibilityBatch", Service: "Amazon SQS",
		Failed: "the messages whose visibility it could not change in Failed", Lost: "those messages keep their old visibility timeout",
		Remedy: "retry the entries of Failed or report them", Checks: []string{"Failed", "Successful"}, Failures: []string{"Failed"}},
	{"sns", "PublishBatchOutput"}: {Op: "PublishBatch", Service: "Amazon SNS",
		Failed: "the messages it could not publish in Failed", Lost: "those messages are lost without a trace",
		Remedy: "publish the entries of Failed again or report them", Checks: []string{"Failed", "Successful"}, Failures: []string{"Failed"}},
	{"dynamodb", "BatchWriteItemOutput"}: {Op: "BatchWriteItem", Service: "Amazon DynamoDB",
		Failed: "the writes it did not process in UnprocessedItems", Lost: "those items are never written",
		Remedy: "send UnprocessedItems again, with backoff, until it is empty", Checks: []string{"UnprocessedItems"}, Failures: []string{"UnprocessedItems"}},
	{"dynamodb", "BatchGetItemOutput"}: {Op: "BatchGetItem", Service: "Amazon DynamoDB",
		Failed: "the keys it did not read in UnprocessedKeys", Lost: "those items are missing from the result as if they did not exist",
		Remedy: "request UnprocessedKeys again, with backoff, until it is empty", Checks: []string{"UnprocessedKeys"}, Failures: []string{"UnprocessedKeys"}},
	{"kinesis", "PutRecordsOutput"}: {Op: "PutRecords", Service: "Amazon Kinesis",
		Failed: "how many records it could not put in FailedRecordCount (and each one's ErrorCode in Records)", Lost: "those records are lost without a trace",
		Remedy: "put the records whose result has an ErrorCode again", Checks: []string{"FailedRecordCount", "Records"}, Failures: []string{"FailedRecordCount"}},
	{"firehose", "PutRecordBatchOutput"}: {Op: "PutRecordBatch", Service: "Amazon Data Firehose",
		Failed: "how many records it could not put in FailedPutCount (and each one's ErrorCode in RequestResponses)", Lost: "those records are lost without a trace",
		Remedy: "put the records whose response has an ErrorCode again", Checks: []string{"FailedPutCount", "RequestResponses"}, Failures: []string{"FailedPutCount"}},
	{"eventbridge", "PutEventsOutput"}: {Op: "PutEvents", Service: "Amazon EventBridge",
		Failed: "how many events it could not put in FailedEntryCount (and each one's ErrorCode in Entries)", Lost: "those events are lost without a trace",
		Remedy: "put the events whose entry has an ErrorCode again", Checks: []string{"FailedEntryCount", "Entries"}, Failures: []string{"FailedEntryCount"}},
	{"cloudwatchevents", "PutEventsOutput"}: {Op: "PutEvents", Service: "Amazon CloudWatch Events",
		Failed: "how many events it could not put in FailedEntryCount (and each one's ErrorCode in Entries)", Lost: "those events are lost without a trace",
		Remedy: "put the events whose entry has an ErrorCode again", Checks: []string{"FailedEntryCount", "Entries"}, Failures: []string{"FailedEntryCount"}},
}

// The packages of the services of the AWS SDK for Go, v1 and v2.
const (
	awsV1Services = "github.com/aws/aws-sdk-go/service/"
	awsV2Services = "github.com/aws/aws-sdk-go-v2/service/"
)

// BatchOutputOf returns the description of t when t is (a pointer to)
// the output type of a batch operation of the AWS SDK for Go, v1 or
// v2, that reports partial failures in it.
func BatchOutputOf(t types.Type) (BatchOutput, bool) {
	n := recvNamed(t)
	if n == nil || n.Obj().Pkg() == nil {
		return BatchOutput{}, false
	}
	path := n.Obj().Pkg().Path()
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		path = path[i+len("/vendor/"):]
	}
	var service string
	switch {
	case strings.HasPrefix(path, awsV1Services):
		service = strings.TrimPrefix(path, awsV1Services)
	case strings.HasPrefix(path, awsV2Services):
		service = strings.TrimPrefix(path, awsV2Services)
	default:
		return BatchOutput{}, false
	}
	b, ok := batchOutputs[batchKey{service, n.Obj().Name()}]
	return b, ok
}

// IsAWSSDK reports whether the package at path belongs to the AWS SDK
// for Go, v1 or v2.
func IsAWSSDK(path string) bool {
	return path == "github.com/aws/aws-sdk-go" || strings.HasPrefix(path, "github.com/aws/aws-sdk-go/") ||
		path == "github.com/aws/aws-sdk-go-v2" || strings.HasPrefix(path, "github.com/aws/aws-sdk-go-v2/")
}
