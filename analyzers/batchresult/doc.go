// Package batchresult defines an Analyzer that reports AWS batch calls
// whose partial failures are never read.
//
// # Analyzer batchresult
//
// batchresult: report AWS batch calls whose failures go unread
//
// The services' rule (their API references, quoted in
// internal/knowledge): the batch operations of SQS (SendMessageBatch,
// DeleteMessageBatch, ChangeMessageVisibilityBatch), SNS
// (PublishBatch), DynamoDB (BatchWriteItem, BatchGetItem), Kinesis
// (PutRecords), Data Firehose (PutRecordBatch) and EventBridge
// (PutEvents, and CloudWatch Events' PutEvents) succeed as a call while
// some of their entries fail: the error is nil, and the failures are in
// the output (Failed, UnprocessedItems, UnprocessedKeys,
// FailedRecordCount, FailedPutCount, FailedEntryCount and the per-entry
// ErrorCode). SQS's reference: "you should check for batch errors even
// when the call returns an HTTP status code of 200". Code that checks
// only the error loses those entries without a trace: messages never
// sent, items never written, events never put. In function code the
// loss is silent twice over: the invocation succeeds, so no retry of
// the platform's delivers the event again.
//
// batchresult reports a call of such an operation, through the AWS SDK
// for Go v1 (github.com/aws/aws-sdk-go/service/...: the operation, its
// WithContext form, its Request form, or the service's mockable
// interface) or v2 (github.com/aws/aws-sdk-go-v2/service/...), or
// through a method of an interface of the user's that returns the
// operation's output, when the output:
//
//   - is discarded (the call is a statement of its own), or assigned to
//     _;
//   - is assigned to a variable that the function never reads, or only
//     compares with nil;
//   - is read only for other fields (BatchGetItem's Responses, but
//     never UnprocessedKeys);
//   - is read for its failures only to return success: a count or list
//     of failures (FailedEntryCount, UnprocessedItems, ...) compared as
//     "some failed" (> 0, != 0, len(...) > 0) in the condition of an if
//     whose body is one return with a nil error that hands on nothing
//     of the output (if out.FailedEntryCount > 0 { return nil }).
//
// Reading a field that reports the failures (Failed or Successful,
// UnprocessedItems, UnprocessedKeys, FailedRecordCount and Records,
// FailedPutCount and RequestResponses, FailedEntryCount and Entries),
// or handing the output on (returning it, passing it to a function,
// storing it, calling a method on it), counts as checking.
//
// Judged is the code an entry point runs (see the funcmodel analyzer),
// in any phase: the handler and what it calls, goroutines it starts,
// its cold start. The matching is by the type of the call's result,
// the output type of the SDK's service package, so a call through an
// interface is matched as well as one on the client.
//
// Bad:
//
//	_, err := client.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &url, Entries: entries})
//	if err != nil {
//		return err
//	}
//
// Good:
//
//	out, err := client.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &url, Entries: entries})
//	if err != nil {
//		return err
//	}
//	if len(out.Failed) > 0 {
//		return fmt.Errorf("%d of %d messages not sent: %s", len(out.Failed), len(entries), aws.ToString(out.Failed[0].Message))
//	}
//
// There is no suggested fix: what to do with the failed entries (send
// them again, return an error, report them as the batch's item
// failures) is the caller's choice.
//
// To silence a deliberate case (a best-effort batch whose losses do not
// matter), use //fnlint:ignore batchresult with the reason.
//
// Known blind spots: code that no entry point of its package reaches
// (a worker package of the module, a command that loads a table),
// where a batch loses its entries all the same; an output returned by a function of the user's own
// (a wrapper of the SDK call) whose caller discards it, since the
// wrapper may have read the failures; an output read only through a
// field that does not report them and then handed on; a field read that
// checks nothing (out.Failed logged and dropped counts as checked, and
// so does a branch on the failures that returns success from a
// function without an error result, or after other statements); the
// Request form's output (req, out := svc.OpRequest(in)) read after
// req.Send() by another function; middleware or retryers that read the
// failures for the caller.
package batchresult
