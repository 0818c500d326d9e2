package main

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/events"
)

// viaHelper gives its records to a helper whose error it returns: the
// helper's loop fails the batch as the handler's own would.
func viaHelper(ctx context.Context, ev events.SQSEvent) error {
	if err := processAll(ctx, ev.Records); err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	return nil
}

func processAll(ctx context.Context, msgs []events.SQSMessage) error {
	for _, msg := range msgs {
		if err := process(ctx, msg); err != nil {
			return err // want `returning an error from inside the loop over the SQS messages in processAll, whose error viaHelper returns, fails the whole batch`
		}
	}
	return nil
}

// viaEvent gives the whole event to a helper and returns its error.
func viaEvent(ctx context.Context, ev events.SQSEvent) error {
	return handleEvent(ctx, &ev)
}

func handleEvent(ctx context.Context, ev *events.SQSEvent) error {
	for _, msg := range ev.Records {
		if msg.Body == "" {
			return errors.New("empty body") // want `loop over the SQS messages in handleEvent, whose error viaEvent returns, fails the whole batch`
		}
	}
	return nil
}

// logsHelper logs the helper's error instead of returning it.
func logsHelper(ctx context.Context, ev events.SQSEvent) error {
	if err := processLogged(ctx, ev.Records); err != nil {
		log.Printf("batch: %v", err)
	}
	return nil
}

func processLogged(ctx context.Context, msgs []events.SQSMessage) error {
	for _, msg := range msgs {
		if err := process(ctx, msg); err != nil {
			return err // ok: logsHelper does not return it
		}
	}
	return nil
}

// copied loops over a copy of the records.
func copied(ctx context.Context, ev events.SQSEvent) error {
	records := ev.Records
	for _, msg := range records {
		if err := process(ctx, msg); err != nil {
			return err // want `returning an error from inside the loop over the SQS messages fails the whole batch`
		}
	}
	return nil
}

// lastError keeps a record's error and returns it after the loop.
func lastError(ctx context.Context, ev events.SQSEvent) error {
	var lastErr error
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil {
			log.Printf("message %s: %v", msg.MessageId, err)
			lastErr = err
		}
	}
	return lastErr // want `returning the error of a record after the loop over the SQS messages fails the whole batch: Lambda delivers every record again, those already processed included; return events.SQSEventResponse\{BatchItemFailures: ...\} listing the failed records instead`
}

// setup fails before any record is processed.
func setup(ctx context.Context, ev events.SQSEvent) error {
	var err error
	if len(ev.Records) > 10 {
		err = errors.New("batch too large")
	}
	for _, msg := range ev.Records {
		_ = msg
	}
	return err // ok: not a record's failure
}

// keepsLast gives its event to a helper that lists the failures in the
// response, yet also keeps each record's error and returns the last one:
// when the last record fails, the whole batch fails.
func keepsLast(ctx context.Context, ev events.SQSEvent) (map[string]any, error) {
	return keepsLastOf(ctx, &ev)
}

func keepsLastOf(ctx context.Context, ev *events.SQSEvent) (map[string]any, error) {
	var failures []map[string]any
	var err error
	for _, msg := range ev.Records {
		if err = process(ctx, msg); err != nil {
			log.Printf("message %s: %v", msg.MessageId, err)
			failures = append(failures, map[string]any{"itemIdentifier": msg.MessageId})
			continue
		}
	}
	return map[string]any{"batchItemFailures": failures}, err // want `returning the error of a record after the loop over the SQS messages in keepsLastOf, whose error keepsLast returns, fails the whole batch: Lambda delivers every record again, those already processed included; return a nil error with the response, which lists the failed records already \(with ReportBatchItemFailures enabled on the event source mapping\)`
}

// lastResult keeps the result of the last record, checked on the next
// line but not acted on.
func lastResult(ctx context.Context, ev events.SQSEvent) error {
	var err error
	for _, msg := range ev.Records {
		err = process(ctx, msg)
		if err != nil {
			log.Printf("message %s: %v", msg.MessageId, err)
		}
	}
	return err // want `returning the error of a record after the loop over the SQS messages fails the whole batch`
}

// returnsInLoop returns the first failure from the loop, so the error it
// returns after the loop is always nil.
func returnsInLoop(ctx context.Context, ev events.SQSEvent) error {
	var err error
	for _, msg := range ev.Records {
		if err = process(ctx, msg); err != nil {
			return err // want `returning an error from inside the loop over the SQS messages fails the whole batch`
		}
	}
	return err // ok: nil here
}

// panics stops at a failure: the error after the loop is nil.
func panics(ctx context.Context, ev events.SQSEvent) error {
	var err error
	for _, msg := range ev.Records {
		err = process(ctx, msg)
		if err != nil {
			panic(err)
		}
	}
	return err // ok: nil here
}

// unchecked keeps a result no if checks: not judged.
func unchecked(ctx context.Context, ev events.SQSEvent) error {
	var err error
	for _, msg := range ev.Records {
		err = process(ctx, msg)
	}
	return err // ok: a blind spot, the result is checked nowhere
}

// respondsAndKeeps lists the failures in a typed response and returns
// the last one's error too.
func respondsAndKeeps(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	var err error
	for _, msg := range ev.Records {
		if err = process(ctx, msg); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
	}
	return resp, err // want `after the loop over the SQS messages fails the whole batch: .*; return a nil error with the response, which lists the failed records already`
}

// clears records the failure and clears the error: nil after the loop.
func clears(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	var err error
	for _, msg := range ev.Records {
		if err = process(ctx, msg); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
			err = nil
		}
	}
	return resp, err // ok: cleared in the loop
}

// branches returns on every branch of its check.
func branches(ctx context.Context, ev events.SQSEvent) error {
	var err error
	for _, msg := range ev.Records {
		if err = process(ctx, msg); err != nil {
			if msg.Body == "" {
				return nil
			} else {
				return err // want `returning an error from inside the loop over the SQS messages fails the whole batch`
			}
		}
	}
	return err // ok: nil here
}

// flushes sets the error again after the loop.
func flushes(ctx context.Context, ev events.SQSEvent) error {
	var err error
	for _, msg := range ev.Records {
		if err = process(ctx, msg); err != nil {
			log.Printf("message %s: %v", msg.MessageId, err)
		}
	}
	err = flush(ctx)
	return err // ok: the flush's error, not a record's
}

func flush(ctx context.Context) error { return nil }

// stops ends the process through a helper that never returns: the
// error after the loop is nil.
func stops(ctx context.Context, ev events.SQSEvent) error {
	var err error
	for _, msg := range ev.Records {
		if err = process(ctx, msg); err != nil {
			die(err)
		}
	}
	return err // ok: die never returns
}

func die(err error) { log.Fatal(err) }

// joins collects each message's error and returns them joined: one
// failure fails the batch.
func joins(ctx context.Context, ev events.SQSEvent) error {
	var errs []error
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil {
			errs = append(errs, fmt.Errorf("message %s: %w", msg.MessageId, err))
		}
	}
	return errors.Join(errs...) // want `returning the error of a record after the loop over the SQS messages fails the whole batch: Lambda delivers every record again`
}

// joinsSetup joins errors of its setup, not of the records.
func joinsSetup(ctx context.Context, ev events.SQSEvent) error {
	var errs []error
	for _, name := range []string{"a", "b"} {
		if name == "" {
			errs = append(errs, errors.New("empty name"))
		}
	}
	for _, msg := range ev.Records {
		_ = msg
	}
	return errors.Join(errs...) // ok: no record's failure
}

// joinsReset forgets the records' errors before it returns.
func joinsReset(ctx context.Context, ev events.SQSEvent) error {
	var errs []error
	for _, msg := range ev.Records {
		if err := process(ctx, msg); err != nil {
			errs = append(errs, err)
		}
	}
	log.Printf("%d failed", len(errs))
	errs = nil
	return errors.Join(errs...) // ok: reset after the loop
}
