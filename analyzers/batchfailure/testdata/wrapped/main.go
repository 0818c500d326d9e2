// Command wrapped is a Lambda function started by m-mizutani/golambda,
// whose handler takes golambda's untyped Event and decodes the batch
// itself.
package main

import (
	"encoding/json"
	"errors"

	"github.com/aws/aws-lambda-go/events"
	"github.com/m-mizutani/golambda"
)

type alert struct{ ID string }

func save(a alert) error { return nil }

// handleSQS loops over the bodies golambda decodes from the SQS event:
// DecapSQSBody's code builds them one per message.
func handleSQS(event golambda.Event) (interface{}, error) {
	messages, err := event.DecapSQSBody()
	if err != nil {
		return nil, err // ok: before any record is processed
	}
	for _, msg := range messages {
		var a alert
		if err := json.Unmarshal(msg, &a); err != nil {
			return nil, golambda.WrapError(err, "unmarshal alert").With("msg", string(msg)) // want `returning an error from inside the loop over the SQS messages in handleSQS, whose error a function literal in main returns, fails the whole batch: Lambda delivers every record again, those already processed included; return events.SQSEventResponse\{BatchItemFailures: ...\} listing the failed records instead`
		}
		if err := save(a); err != nil {
			return nil, err // want `loop over the SQS messages in handleSQS, whose error a function literal in main returns, fails the whole batch`
		}
	}
	return nil, nil
}

// handleStream binds the untyped event to a DynamoDB stream event.
func handleStream(event golambda.Event) error {
	var stream events.DynamoDBEvent
	if err := event.Bind(&stream); err != nil {
		return err
	}
	for _, rec := range stream.Records {
		if rec.EventName == "" {
			return errors.New("no event name") // want `loop over the DynamoDB stream records in handleStream, whose error a function literal in main returns, fails the whole batch`
		}
	}
	return nil
}

// handleSNS loops over SNS notifications: SNS invokes the function per
// notification, asynchronously, not in batches of an event source
// mapping.
func handleSNS(event golambda.Event) (interface{}, error) {
	messages, err := event.DecapSNSMessage()
	if err != nil {
		return nil, err
	}
	for _, msg := range messages {
		var a alert
		if err := msg.Bind(&a); err != nil {
			return nil, err // ok: not a batch
		}
	}
	return nil, nil
}

// handleLogged logs each failure and goes on: it fails nothing.
func handleLogged(event golambda.Event) (interface{}, error) {
	messages, err := event.DecapSQSBody()
	if err != nil {
		return nil, err
	}
	for _, msg := range messages {
		if err := msg.Bind(new(alert)); err != nil {
			golambda.WrapError(err, "bind") // ok: no return
			continue
		}
	}
	return nil, nil
}

func main() {
	golambda.Start(func(event golambda.Event) (interface{}, error) {
		return handleSQS(event)
	})
	golambda.Start(func(event golambda.Event) (interface{}, error) {
		if err := handleStream(event); err != nil {
			return nil, err
		}
		return nil, nil
	})
	golambda.Start(handleSNS)
	golambda.Start(handleLogged)
}
