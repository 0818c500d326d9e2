// Package batchfailure defines an Analyzer that reports Lambda batch
// handlers (SQS, Kinesis, DynamoDB streams) that fail a whole batch for
// one record, or drop a failed record.
//
// # Analyzer batchfailure
//
// batchfailure: report batch handlers that retry or lose records
//
// The platform's rule (docs/platform.md, "AWS Lambda"): SQS, Kinesis and
// DynamoDB-stream handlers receive batches of records from an event
// source mapping. When the handler returns an error, Lambda takes the
// whole batch as failed and delivers every record again, those already
// processed included: one bad record makes the others be processed
// twice (or forever, until they expire or reach a dead-letter queue),
// and a stream shard is blocked behind it. The remedy is a partial batch
// response: with ReportBatchItemFailures enabled on the event source
// mapping, the handler returns events.SQSEventResponse (or
// KinesisEventResponse, DynamoDBEventResponse) listing the failed
// records in BatchItemFailures, and only those are retried. A handler
// that returns such a response but leaves a failed record out of it
// tells Lambda that the record succeeded: it is deleted from the queue,
// or the stream moves past it.
//
// Two other sources deliver batches: a Kinesis Data Firehose data
// transformation whose invocation fails is retried (three times by
// default), and then the whole batch is skipped, every record counted
// as failed and sent to the error output (a record that failed goes in
// the KinesisFirehoseResponse with the Result ProcessingFailed); a
// Kafka event source mapping (Amazon MSK, self-managed Kafka) retries
// the whole batch when the handler returns an error.
//
// batchfailure reports, in a Lambda entry point (see the funcmodel
// analyzer) whose last result is an error and whose event is an
// events.SQSEvent, KinesisEvent, DynamoDBEvent, KinesisFirehoseEvent or
// KafkaEvent, or an
// event the handler decodes itself (map[string]interface{},
// json.RawMessage, a struct of its own, m-mizutani/golambda's Event,
// any type but another event of aws-lambda-go's), and in every function
// of its package whose error it returns (return process(ctx, ev), or
// err := ...; return err, through any number of calls):
//
//   - a return of a non-nil error from inside a range loop over a
//     batch's records (for Kafka, over a partition's records or over
//     the partitions; err checked by an enclosing if err != nil,
//     errors.New, fmt.Errorf, a composite literal, a value of a
//     concrete error type such as golambda.WrapError(err, ...)'s
//     *golambda.Error, or a call of a function of the package that
//     returns a non-nil error on every path), whether the handler
//     returns a batch response or not: an error fails the whole batch
//     even with ReportBatchItemFailures;
//   - a return, after such a loop, of an error variable declared before
//     it that the loop gives a record's failure (lastErr = err in an if
//     err != nil), or the result of a record's processing that the if
//     checking it next neither clears nor always leaves the function
//     through (a return, or a call that never returns, as the flowgraph
//     analyzer's graphs know it: if err = process(ctx, msg); err != nil
//     { log...; continue }), or errors.Join(errs...) of a slice that
//     the loop appends a record's failure to: one record's failure fails the
//     batch all the same, and the response listing the failures is
//     ignored;
//   - when the handler returns a batch response type, an if err != nil
//     in its own loop over the records whose body only logs (log,
//     log/slog, fmt.Print*, logrus, zap) and continues: the failure is
//     recorded nowhere;
//   - when the handler returns only an error, an if err != nil in its
//     own loop over the records whose body only logs and ends with
//     continue: the record is skipped, and when the invocation succeeds
//     Lambda counts the whole batch as processed (an SQS queue deletes
//     every message, a stream moves past the record), so the record is
//     lost; unless the error is that of a call that fails only on its
//     input (json.Unmarshal, strconv.Atoi, time.Parse, given in the if's
//     init or by the statement before it): a malformed record fails the
//     same way on every delivery, and logging and dropping it is the
//     handling of a poison record, not a loss;
//   - in a handler with no result, a bare return that ends an if err
//     != nil in its loop over the records (after logging, at most): the
//     invocation succeeds, so Lambda counts the failed record and every
//     one not reached yet as processed, and never delivers them again.
//
// A loop is over a batch's records when it ranges over a slice of the
// record type of a batch event (ev.Records, wherever the event comes
// from: the handler's parameter, or a variable it decodes its untyped
// event into, json.Unmarshal or golambda's event.Bind(&ev)); over the
// Records field of the user's own struct whose elements' JSON keys are
// all keys of one batch's records, one of them its own (messageId,
// kinesis, dynamodb); or over what a function returns that builds its
// result by appending to it in such a loop: derived from the function's
// code, in the module or in a dependency (golambda's
// event.DecapSQSBody(), whose results are the bodies of the SQS
// messages), and kept as a fact.
//
// A finding is reported at the return where the fix goes; its related
// position is the handler's registration. A loop in a function of
// another package (a worker package of the module) is found through
// facts of the effect engine (see model/effects): the function, and
// every function that returns its error, fails a batch; the handler's
// package, analyzed after it, reports the call whose error the handler
// returns (return worker.HandleAll(ctx, ev.Records)), naming the return
// in the loop.
//
// Not reported: handlers of other events (API Gateway, S3, SNS:
// not batches retried this way), and loops over the records of those
// events; a return of nil, of an error that may be nil (return
// process(ctx, msg), where process may return nil), or of an error
// after the loop that no record's failure gave it (a failure of the
// whole invocation, such as a flush that failed); an if err != nil
// that does anything besides logging (appending to BatchItemFailures,
// sending the record to a dead-letter queue of its own, calling a
// helper, counting); a function whose error the handler logs and does
// not return; in a handler that returns only an error, a logged error
// after which the record's processing goes on (no continue: the error
// of a step that is not the record's, such as deleting the message by
// hand).
//
// Bad:
//
//	func handler(ctx context.Context, ev events.SQSEvent) error {
//		for _, msg := range ev.Records {
//			if err := process(ctx, msg); err != nil {
//				return err
//			}
//		}
//		return nil
//	}
//
// Good:
//
//	func handler(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
//		var resp events.SQSEventResponse
//		for _, msg := range ev.Records {
//			if err := process(ctx, msg); err != nil {
//				log.Printf("message %s: %v", msg.MessageId, err)
//				resp.BatchItemFailures = append(resp.BatchItemFailures,
//					events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
//			}
//		}
//		return resp, nil
//	}
//
// and enable ReportBatchItemFailures on the event source mapping
// (FunctionResponseTypes in CloudFormation and SAM).
//
// Where the deployment files (fnlint help deploy) attach an SQS,
// Kinesis or DynamoDB event source mapping to the handler's function (an
// event of a SAM function, a serverless.yml event, a mapping resource
// naming the function), batchfailure also checks the mapping against
// the handler, for mappings of the handler's own event type: a handler
// that returns a batch response under a mapping without
// ReportBatchItemFailures is reported at the mapping (Lambda processes
// partial batch responses only when the mapping enables them: the
// response is ignored, and a failed record counts as processed, deleted
// from the queue or passed over by the stream), related: the handler; a
// handler that returns only an error, and can return one that is not
// nil, under a mapping that enables it is reported at the handler
// (an error still fails the whole batch), related: the setting.
//
// To silence a deliberate case (a batch size of one, where the whole
// batch is the record), use //fnlint:ignore batchfailure with the reason;
// in a deployment file, a comment "# fnlint:ignore batchfailure reason"
// on the line of the mapping or the line above.
//
// Known blind spots: a mapping is checked only when the deployment ties
// it to the handler's package statically (its code's directory is the
// main package's) and says whether it enables ReportBatchItemFailures
// (a variable is unknown); index loops (for i := 0; i < len(ev.Records);
// i++); a loop over the records in a function of another package is
// reported at the handler's call of it, not at its return, and only a
// return in the loop (not an error kept and returned after it); errors kept
// in a variable that no if checks right after the assignment (err =
// process(ctx, msg) alone in the loop, then return err); errors
// collected from goroutines started per record; an error built after
// the loop from a count of failures; an error constructor of another
// package that returns the error interface (only one of a concrete type
// is known to be non-nil); a handler with no result that stops at a
// failure after doing anything but logging (handing the record to a
// dead-letter queue of its own, and the rest of the batch to no one),
// or whose loop is in a helper; handlers declared
// in another package; the user's own mirror of the records in a module
// that never imports aws-lambda-go's events package (the record types
// are compared with its types), or of Kafka's records (a map); a
// Firehose record marked Dropped or left out of the response; a record
// logged and skipped in a handler with no result, or in a function the
// handler calls (another package's Handle(ctx, ev) included), is not
// reported; a poison record is told only by the decoders of the table
// (a validation of the module's own that rejects it is taken for a
// failure that a retry could fix).
package batchfailure
