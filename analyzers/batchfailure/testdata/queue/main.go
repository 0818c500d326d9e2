// Command queue is a Lambda function with SQS handlers that fail whole
// batches for one message, and handlers that do it right.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func process(ctx context.Context, msg events.SQSMessage) error { return nil }

// failsBatch returns the first error: every message is delivered again.
func failsBatch(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil {
			return err // want `returning an error from inside the loop over the SQS messages fails the whole batch: Lambda delivers every record again, those already processed included; return events.SQSEventResponse\{BatchItemFailures: ...\} listing the failed records instead, with ReportBatchItemFailures enabled on the event source mapping`
		}
		if msg.Body == "" {
			return errors.New("empty body") // want `returning an error from inside the loop over the SQS messages fails the whole batch`
		}
		for _, c := range msg.Body {
			if c == 0 {
				return fmt.Errorf("message %s: NUL byte", msg.MessageId) // want `fails the whole batch`
			}
		}
	}
	return nil
}

// pointerEvent takes the event by pointer.
func pointerEvent(ctx context.Context, ev *events.SQSEvent) error {
	for i := range ev.Records {
		err := process(ctx, ev.Records[i])
		if err != nil {
			log.Printf("message %d: %v", i, err)
			return fmt.Errorf("message %d: %w", i, err) // want `fails the whole batch`
		}
	}
	return nil
}

// collects reports partial failures: only the failed messages are
// delivered again.
func collects(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil { // ok: the failure is recorded
			log.Printf("message %s: %v", msg.MessageId, err)
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
	}
	return resp, nil
}

// respondsButReturns returns an error although it reports failures: an
// error still fails the whole batch.
func respondsButReturns(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil {
			return events.SQSEventResponse{}, err // want `returning an error from inside the loop over the SQS messages fails the whole batch, even with ReportBatchItemFailures: Lambda delivers every record again, those already processed included; add the record to BatchItemFailures and go on with the next one instead`
		}
	}
	return events.SQSEventResponse{}, nil
}

// drops logs a failure and leaves it out of the response: the message
// is deleted from the queue as if it had succeeded.
func drops(ctx context.Context, ev events.SQSEvent) (*events.SQSEventResponse, error) {
	resp := &events.SQSEventResponse{}
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil { // want `the error of this record is logged and dropped: without the record in BatchItemFailures, Lambda counts it as processed and never delivers it again; add events.SQSBatchItemFailure\{ItemIdentifier: <record>.MessageId\} to the response's BatchItemFailures`
			log.Printf("message %s: %v", msg.MessageId, err)
			continue
		}
	}
	return resp, nil
}

// afterLoop fails the invocation after processing every message.
func afterLoop(ctx context.Context, ev events.SQSEvent) error {
	failed := 0
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil { // ok: not a batch response handler
			log.Print(err)
			failed++
		}
		if msg.Body == "skip" {
			return nil // ok: nil is no failure
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d messages failed", failed) // ok: after the loop
	}
	return nil
}

// inClosure returns from a function literal, not from the handler.
func inClosure(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		check := func() error {
			return errors.New("not the handler's return") // ok: the literal's return
		}
		_ = check
		_ = msg
	}
	return nil
}

// unknown returns what process returns, which may be nil.
func unknown(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		return process(ctx, msg) // ok: not known to be non-nil (a blind spot)
	}
	return nil
}

// api is no batch handler.
func api(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	for k := range req.Headers {
		if k == "" {
			return events.APIGatewayProxyResponse{StatusCode: 400}, errors.New("empty header") // ok: not a batch
		}
	}
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

// notAnEntry has the shape but is no entry point.
func notAnEntry(ctx context.Context, ev events.SQSEvent) error {
	for range ev.Records {
		return errors.New("x") // ok: not function code
	}
	return nil
}

func start() {
	lambda.Start(failsBatch)
	lambda.Start(pointerEvent)
	lambda.Start(collects)
	lambda.Start(respondsButReturns)
	lambda.Start(drops)
	lambda.Start(afterLoop)
	lambda.Start(inClosure)
	lambda.Start(unknown)
	lambda.Start(api)
	lambda.Start(viaHelper)
	lambda.Start(viaEvent)
	lambda.Start(logsHelper)
	lambda.Start(copied)
	lambda.Start(lastError)
	lambda.Start(setup)
	lambda.Start(keepsLast)
	lambda.Start(lastResult)
	lambda.Start(returnsInLoop)
	lambda.Start(panics)
	lambda.Start(unchecked)
	lambda.Start(respondsAndKeeps)
	lambda.Start(clears)
	lambda.Start(branches)
	lambda.Start(flushes)
	lambda.Start(stops)
	lambda.Start(joins)
	lambda.Start(joinsSetup)
	lambda.Start(joinsReset)
	lambda.Start(skipsFailed)
}

type order struct{ ID string }

// skipsFailed returns only an error and logs and skips a message whose
// processing failed: the invocation succeeds, so Lambda deletes the
// whole batch, the skipped message included.
func skipsFailed(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		var o order
		if err := json.Unmarshal([]byte(msg.Body), &o); err != nil { // ok: a malformed message fails the same way on every delivery
			log.Printf("message %s: %v", msg.MessageId, err)
			continue
		}
		err := process(ctx, msg)
		if err != nil { // want `the error of this record is logged and the record skipped: when skipsFailed returns no error, Lambda counts every record of the batch as processed, this one included, and never delivers it again; return events.SQSEventResponse\{BatchItemFailures: ...\} listing the record \(events.SQSBatchItemFailure\{ItemIdentifier: <record>.MessageId\}\), with ReportBatchItemFailures enabled on the event source mapping`
			log.Printf("message %s: %v", msg.MessageId, err)
			continue
		}
		if err := process(ctx, msg); err != nil { // ok: logged, and the processing goes on
			log.Printf("acknowledging %s: %v", msg.MessageId, err)
		}
	}
	return nil
}

func main() {
	start()
}
