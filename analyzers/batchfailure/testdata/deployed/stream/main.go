// Command stream fails its whole batch with an error, under a mapping
// (template.yaml's Clicks) that enables partial batch responses.
package main

import (
	"context"
	"errors"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context, ev events.KinesisEvent) error { // want `the kinesis event source mapping of StreamFunction \(template.yaml\) enables ReportBatchItemFailures, but handle returns only an error: an error still makes Lambda deliver the whole batch again, Kinesis records already processed included; return events.KinesisEventResponse listing the failed records' Kinesis.SequenceNumber in BatchItemFailures, and a nil error`
	if len(ev.Records) == 0 {
		return errors.New("empty batch")
	}
	return nil
}

func main() { lambda.Start(handle) }
