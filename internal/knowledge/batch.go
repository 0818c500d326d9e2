package knowledge

import "go/types"

// LambdaEvents is the package of aws-lambda-go's event types.
const LambdaEvents = "github.com/aws/aws-lambda-go/events"

// A BatchEvent describes a Lambda event that delivers records in
// batches (from an event source mapping: SQS, Kinesis, DynamoDB
// streams, Kafka; or from a Kinesis Data Firehose stream). AWS's documentation of these event sources ("Handling
// errors", "Reporting batch item failures"): when the handler returns
// an error, the whole batch is retried, records already processed
// included; with ReportBatchItemFailures enabled on the mapping, the
// handler instead returns a response listing the failed records'
// identifiers in BatchItemFailures, and only those are retried.
// Firehose's data transformation ("Handle data transformation
// failure"): an invocation that fails is retried (three times by
// default) and then the whole batch is skipped, every record counted as
// failed and sent to the error output; a record that failed goes back
// in the KinesisFirehoseResponse with the Result ProcessingFailed.
// Kafka event source mappings (Amazon MSK, self-managed Kafka): an
// error makes Lambda retry the whole batch.
type BatchEvent struct {
	Response string // the response type of the same source: SQSEventResponse
	Failure  string // the type of one entry of its BatchItemFailures: SQSBatchItemFailure
	Records  string // what the records are, for messages: "SQS messages"
	ID       string // the field path of a record's identifier: "MessageId"
	// Retried, for a source that does not simply deliver every record
	// again when the handler returns an error, says what it does.
	Retried string
	// Remedy, for a source without BatchItemFailures, says what to do
	// with a record that failed.
	Remedy string
}

// BatchEvents maps the name of each batch event type of LambdaEvents to
// its description.
var BatchEvents = map[string]BatchEvent{
	"SQSEvent":      {Response: "SQSEventResponse", Failure: "SQSBatchItemFailure", Records: "SQS messages", ID: "MessageId"},
	"KinesisEvent":  {Response: "KinesisEventResponse", Failure: "KinesisBatchItemFailure", Records: "Kinesis records", ID: "Kinesis.SequenceNumber"},
	"DynamoDBEvent": {Response: "DynamoDBEventResponse", Failure: "DynamoDBBatchItemFailure", Records: "DynamoDB stream records", ID: "Change.SequenceNumber"},
	"KinesisFirehoseEvent": {Response: "KinesisFirehoseResponse", Records: "Firehose records",
		Retried: "Firehose invokes the function again with every record, and after its retries sends them all, those transformed already included, to the error output instead of the destination",
		Remedy:  "return the record in the events.KinesisFirehoseResponse with Result events.KinesisFirehoseTransformedStateProcessingFailed and go on with the next one instead"},
	"KafkaEvent": {Records: "Kafka records",
		Remedy: "handle the record's failure (retry it, or send it to a dead-letter topic) and go on with the next one instead"},
}

// BatchResponseKeys are the JSON keys of a batch response (the json tags
// of aws-lambda-go's response types, the shape Lambda reads): a handler
// that returns a map or its own struct builds the response with them.
var BatchResponseKeys = []string{"batchItemFailures", "itemIdentifier"}

// BatchResponses lists the types of LambdaEvents that report batch item
// failures (all three have the same JSON shape).
var BatchResponses = map[string]bool{
	"SQSEventResponse":      true,
	"KinesisEventResponse":  true,
	"DynamoDBEventResponse": true,
}

// logCalls lists the Keys of the functions that only log their
// arguments: the standard library's log, log/slog and fmt.Print*, and
// the non-fatal levels of logrus and zap (the Siblings of ExitOf's).
var logCalls = func() map[string]bool {
	m := make(map[string]bool)
	for _, name := range []string{"Print", "Printf", "Println"} {
		m["log."+name] = true
		m["(*log.Logger)."+name] = true
		m["fmt."+name] = true
	}
	for _, name := range []string{"Debug", "Info", "Warn", "Error", "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log", "LogAttrs"} {
		m["log/slog."+name] = true
		m["(*log/slog.Logger)."+name] = true
	}
	for _, prefix := range []string{"github.com/sirupsen/logrus.", "(*github.com/sirupsen/logrus.Logger).", "(*github.com/sirupsen/logrus.Entry)."} {
		for _, name := range []string{"Print", "Printf", "Println", "Info", "Infof", "Warn", "Warnf", "Error", "Errorf", "Debug", "Debugf"} {
			m[prefix+name] = true
		}
	}
	for _, name := range []string{"Debug", "Info", "Warn", "Error"} {
		m["(*go.uber.org/zap.Logger)."+name] = true
		for _, suffix := range []string{"", "f", "w", "ln"} {
			m["(*go.uber.org/zap.SugaredLogger)."+name+suffix] = true
		}
	}
	return m
}()

// IsLogCall reports whether fn only logs its arguments.
func IsLogCall(fn *types.Func) bool { return has(logCalls, fn) }

// inputFailures holds the Keys of the functions whose error depends
// only on their input (their doc: they parse, decode or unquote the
// bytes or string they are given, and report malformed input): given
// the same record again, they fail the same way, so redelivering a
// record they rejected cannot succeed.
var inputFailures = map[string]bool{
	"encoding/json.Unmarshal":                  true,
	"(*encoding/json.Decoder).Decode":          true,
	"encoding/xml.Unmarshal":                   true,
	"(*encoding/base64.Encoding).DecodeString": true,
	"encoding/hex.DecodeString":                true,
	"strconv.Atoi":                             true,
	"strconv.ParseInt":                         true,
	"strconv.ParseUint":                        true,
	"strconv.ParseFloat":                       true,
	"strconv.ParseBool":                        true,
	"strconv.Unquote":                          true,
	"time.Parse":                               true,
	"net/url.Parse":                            true,
	"net/url.ParseQuery":                       true,
}

// FailsOnInput reports whether fn's error depends only on its input
// (see inputFailures): a record it rejects is malformed, and fails the
// same way on every delivery.
func FailsOnInput(fn *types.Func) bool { return has(inputFailures, fn) }
