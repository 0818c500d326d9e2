// Command untyped is a Lambda function whose handlers decode their
// events themselves: a map of the raw event routed by a type switch, a
// json.RawMessage, the user's own mirror of the records.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/bf/untyped/worker"
)

func ship(ctx context.Context, body string) error { return nil }

// decode returns the aws-lambda-go event the raw event holds.
func decode(ev map[string]interface{}) (any, error) {
	var target any = &events.SQSEvent{}
	if _, ok := ev["awslogs"]; ok {
		target = &events.SNSEvent{}
	}
	raw, err := json.Marshal(ev)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(raw, target); err != nil {
		return nil, err
	}
	return target, nil
}

// route routes the raw event by its decoded type and returns the error
// of the source's processing.
func route(ctx context.Context, ev map[string]interface{}) error {
	event, err := decode(ev)
	if err != nil {
		return err
	}
	switch evt := event.(type) {
	case *events.SQSEvent:
		err = processSQS(ctx, evt)
	case *events.SNSEvent:
		err = processSNS(ctx, evt)
	}
	if err != nil {
		log.Printf("processing: %v", err)
	}
	return err
}

func processSQS(ctx context.Context, evt *events.SQSEvent) error {
	for _, record := range evt.Records {
		if err := ship(ctx, record.Body); err != nil {
			return err // want `returning an error from inside the loop over the SQS messages in processSQS, whose error route returns, fails the whole batch`
		}
	}
	return nil
}

func processSNS(ctx context.Context, evt *events.SNSEvent) error {
	for _, record := range evt.Records {
		if err := ship(ctx, record.SNS.Message); err != nil {
			return err // ok: SNS is no batch of an event source mapping
		}
	}
	return nil
}

// raw decodes a Kinesis event from its raw JSON and hands it two calls
// down.
func raw(ctx context.Context, msg json.RawMessage) error {
	var ev events.KinesisEvent
	if err := json.Unmarshal(msg, &ev); err != nil {
		return err
	}
	err := flushAll(ctx, &ev)
	if err != nil {
		return fmt.Errorf("kinesis: %w", err)
	}
	return nil
}

func flushAll(ctx context.Context, ev *events.KinesisEvent) error {
	if err := parse(ctx, ev); err != nil {
		return err
	}
	return nil
}

func parse(ctx context.Context, ev *events.KinesisEvent) error {
	for _, rec := range ev.Records {
		if err := ship(ctx, string(rec.Kinesis.Data)); err != nil {
			return err // want `loop over the Kinesis records in parse, whose error raw returns, fails the whole batch`
		}
	}
	return nil
}

// queueEvent is the user's own mirror of an SQS event.
type queueEvent struct {
	Records []struct {
		MessageID string `json:"messageId"`
		Body      string `json:"body"`
	} `json:"Records"`
}

func mirror(ctx context.Context, ev queueEvent) error {
	for _, m := range ev.Records {
		if m.Body == "" {
			return errInvalid(m.MessageID) // want `returning an error from inside the loop over the SQS messages fails the whole batch`
		}
	}
	return nil
}

// invalidError is the module's own error type.
type invalidError struct{ id string }

func (e *invalidError) Error() string { return "invalid message " + e.id }

// errInvalid is the module's own error constructor: never nil.
func errInvalid(id string) error {
	if id == "" {
		return errors.New("invalid message")
	}
	return &invalidError{id: id}
}

// maybe returns nil for some ids.
func maybe(id string) error {
	if id == "" {
		return nil
	}
	return &invalidError{id: id}
}

// bucketEvent mirrors an S3 notification: no batch's records.
type bucketEvent struct {
	Records []struct {
		EventName string `json:"eventName"`
		S3        struct {
			Key string `json:"key"`
		} `json:"s3"`
	} `json:"Records"`
}

func bucket(ctx context.Context, ev bucketEvent) error {
	for _, r := range ev.Records {
		if r.S3.Key == "" {
			return errors.New("no key") // ok: not a batch of an event source mapping
		}
	}
	return nil
}

// sometimes returns what a helper returns, which may be nil.
func sometimes(ctx context.Context, ev queueEvent) error {
	for _, m := range ev.Records {
		return maybe(m.MessageID) // ok: not known to be non-nil
	}
	return nil
}

// perRecord hands each record to a helper of another package and
// returns its error from the loop.
func perRecord(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		if err := worker.Handle(ctx, msg); err != nil {
			return fmt.Errorf("message %s: %w", msg.MessageId, err) // want `returning an error from inside the loop over the SQS messages fails the whole batch`
		}
	}
	return nil
}

// elsewhere hands the whole batch to a helper of another package, whose
// loop is reported at the call: the finding is in the handler's
// package, analyzed after the helper's.
func elsewhere(ctx context.Context, ev events.SQSEvent) error {
	return worker.HandleAll(ctx, ev.Records) // want `returning the error of worker.HandleAll fails the whole batch: worker.HandleAll returns a record's error from inside its loop over the SQS messages \(worker.go:25\); Lambda delivers every record again, those already processed included; return events.SQSEventResponse\{BatchItemFailures: ...\}`
}

// twice reaches the helper's loop through another helper of the same
// package as the loop's.
func twice(ctx context.Context, ev events.SQSEvent) error {
	if err := worker.Process(ctx, ev); err != nil { // want `returning the error of worker.Process fails the whole batch: worker.Process, which calls worker.HandleAll, returns a record's error from inside its loop over the SQS messages \(worker.go:25\)`
		return fmt.Errorf("batch: %w", err) // ok: reported at the call
	}
	return nil
}

// logsElsewhere logs the helper's error.
func logsElsewhere(ctx context.Context, ev events.SQSEvent) error {
	if err := worker.HandleAll(ctx, ev.Records); err != nil { // ok: not returned
		log.Printf("batch: %v", err)
	}
	return nil
}

// deadLetters sends a failed message to its own dead-letter queue and
// goes on: the failure is handled, not dropped.
func deadLetters(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	for _, msg := range ev.Records {
		if err := ship(ctx, msg.Body); err != nil { // ok: sent to a dead-letter queue
			log.Printf("message %s: %v", msg.MessageId, err)
			worker.DeadLetter(ctx, msg)
			continue
		}
	}
	return events.SQSEventResponse{}, nil
}

// api is an API Gateway handler that happens to build an SQS event.
func api(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var ev events.SQSEvent
	for _, msg := range ev.Records {
		if msg.Body == "" {
			return events.APIGatewayProxyResponse{}, errors.New("empty") // ok: not a batch handler
		}
	}
	return events.APIGatewayProxyResponse{}, nil
}

func main() {
	lambda.Start(route)
	lambda.Start(raw)
	lambda.Start(mirror)
	lambda.Start(bucket)
	lambda.Start(sometimes)
	lambda.Start(perRecord)
	lambda.Start(elsewhere)
	lambda.Start(twice)
	lambda.Start(logsElsewhere)
	lambda.Start(deadLetters)
	lambda.Start(api)
}
