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
// batchfailure reports, in a Lambda entry point (see the funcmodel
// analyzer) with an events.SQSEvent, events.KinesisEvent or
// events.DynamoDBEvent parameter and an error as its last result:
//
//   - a return of a non-nil error from inside its range loop over the
//     event's Records (err checked by an enclosing if err != nil, or
//     errors.New, fmt.Errorf, a composite literal), whether the handler
//     returns a batch response or not: an error fails the whole batch
//     even with ReportBatchItemFailures. The loop may range over a
//     variable given the records once (records := ev.Records), or lie
//     in a helper of the package that the handler gives its event or
//     its records and whose error it returns (return process(ctx,
//     ev.Records), or err := ...; return err);
//   - a return, after such a loop, of an error variable declared before
//     it that the loop gives a record's failure (lastErr = err in an if
//     err != nil), or the result of a record's processing that the if
//     checking it next neither clears nor always leaves the function
//     through (a return, or a call that never returns, as the flowgraph
//     analyzer's graphs know it: if err = process(ctx, msg); err != nil
//     { log...; continue }): one record's failure fails the
//     batch all the same, and the response listing the failures is
//     ignored;
//   - when the handler returns a batch response type, an if err != nil
//     in that loop whose body only logs (log, log/slog, fmt.Print*,
//     logrus, zap) and continues: the failure is recorded nowhere.
//
// Not reported: handlers of other events (API Gateway, S3, SNS:
// not batches retried this way); a return of nil, or of an error after
// the loop that no record's failure gave it (a failure of the whole
// invocation, such as a flush that failed); an if err != nil that
// does anything besides logging (appending to BatchItemFailures,
// calling a helper, counting).
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
// To silence a deliberate case (a batch size of one, where the whole
// batch is the record), use //fnlint:ignore batchfailure with the reason.
//
// Known blind spots: index loops (for i := 0; i < len(ev.Records);
// i++), helpers more than one call away or in another package, errors
// kept in a variable that no if checks right after the assignment
// (err = process(ctx, msg) alone in the loop, then return err), errors
// collected from goroutines started per record, an error built after
// the loop from a count of failures, handlers declared in another
// package, and event types of other libraries (an untyped
// map[string]json.RawMessage event).
package batchfailure
