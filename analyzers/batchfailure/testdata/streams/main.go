// Command streams is a Lambda function with Kinesis and DynamoDB stream
// handlers.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/sirupsen/logrus"
)

func apply(rec events.KinesisEventRecord) error      { return nil }
func replicate(rec events.DynamoDBEventRecord) error { return nil }

func kinesis(ctx context.Context, ev events.KinesisEvent) error {
	for _, rec := range ev.Records {
		if err := apply(rec); err != nil {
			return fmt.Errorf("record %s: %w", rec.Kinesis.SequenceNumber, err) // want `returning an error from inside the loop over the Kinesis records fails the whole batch: Lambda delivers every record again, those already processed included; return events.KinesisEventResponse\{BatchItemFailures: ...\}`
		}
	}
	return nil
}

func dynamo(ctx context.Context, ev events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
	var resp events.DynamoDBEventResponse
	for _, rec := range ev.Records {
		if err := replicate(rec); err != nil { // want `the error of this record is logged and dropped: .* add events.DynamoDBBatchItemFailure\{ItemIdentifier: <record>.Change.SequenceNumber\}`
			logrus.Errorf("record %s: %v", rec.EventID, err)
		}
	}
	return resp, nil
}

func dynamoOK(ctx context.Context, ev events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
	var failures []events.DynamoDBBatchItemFailure
	for _, rec := range ev.Records {
		if err := replicate(rec); err != nil { // ok: recorded
			failures = append(failures, events.DynamoDBBatchItemFailure{ItemIdentifier: rec.Change.SequenceNumber})
		}
	}
	return events.DynamoDBEventResponse{BatchItemFailures: failures}, nil
}

// delegates is called by a handler, not registered, which returns its
// error: its loop fails the batch as the handler's own would.
func delegates(ctx context.Context, ev events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
	for _, rec := range ev.Records {
		if err := replicate(rec); err != nil {
			return events.DynamoDBEventResponse{}, err // want `loop over the DynamoDB stream records in delegates, whose error a function literal in main returns, fails the whole batch, even with ReportBatchItemFailures`
		}
	}
	return events.DynamoDBEventResponse{}, nil
}

func main() {
	startMore()
	startSilent()
	lambda.StartHandlerFunc(dynamoOK)
	lambda.Start(kinesis)
	lambda.Start(dynamo)
	lambda.StartWithOptions(func(ctx context.Context, ev events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
		for _, rec := range ev.Records {
			if err := replicate(rec); err != nil {
				return events.DynamoDBEventResponse{}, err // want `returning an error from inside the loop over the DynamoDB stream records fails the whole batch, even with ReportBatchItemFailures`
			}
		}
		return delegates(ctx, ev)
	})
}

func transform(data []byte) ([]byte, error) { return data, nil }

// firehose fails the whole transformation batch for one record.
func firehose(ctx context.Context, ev events.KinesisFirehoseEvent) (events.KinesisFirehoseResponse, error) {
	var resp events.KinesisFirehoseResponse
	for _, rec := range ev.Records {
		data, err := transform(rec.Data)
		if err != nil {
			return resp, err // want `returning an error from inside the loop over the Firehose records fails the whole batch: Firehose invokes the function again with every record, and after its retries sends them all, those transformed already included, to the error output instead of the destination; return the record in the events.KinesisFirehoseResponse with Result events.KinesisFirehoseTransformedStateProcessingFailed and go on with the next one instead`
		}
		resp.Records = append(resp.Records, events.KinesisFirehoseResponseRecord{RecordID: rec.RecordID, Result: events.KinesisFirehoseTransformedStateOk, Data: data})
	}
	return resp, nil
}

// firehoseOK marks a record that failed.
func firehoseOK(ctx context.Context, ev events.KinesisFirehoseEvent) (events.KinesisFirehoseResponse, error) {
	var resp events.KinesisFirehoseResponse
	for _, rec := range ev.Records {
		data, err := transform(rec.Data)
		result := events.KinesisFirehoseTransformedStateOk
		if err != nil { // ok: the record is marked failed
			result = events.KinesisFirehoseTransformedStateProcessingFailed
		}
		resp.Records = append(resp.Records, events.KinesisFirehoseResponseRecord{RecordID: rec.RecordID, Result: result, Data: data})
	}
	return resp, nil
}

// kafka fails the whole batch of an MSK event source mapping.
func kafka(ctx context.Context, ev events.KafkaEvent) error {
	for partition, recs := range ev.Records {
		for _, rec := range recs {
			if rec.Value == "" {
				return fmt.Errorf("%s: empty record at offset %d", partition, rec.Offset) // want `returning an error from inside the loop over the Kafka records fails the whole batch: Lambda delivers every record again, those already processed included; handle the record's failure \(retry it, or send it to a dead-letter topic\) and go on with the next one instead`
			}
		}
	}
	return nil
}

func startMore() {
	lambda.Start(firehose)
	lambda.Start(firehoseOK)
	lambda.Start(kafka)
}

// abandons returns nothing: a bare return on a failure drops the
// failed record and every one after it.
func abandons(ctx context.Context, ev events.KinesisEvent) {
	for _, rec := range ev.Records {
		if err := apply(rec); err != nil {
			logrus.Errorf("record %s: %v", rec.EventID, err)
			return // want `returning from inside the loop over the Kinesis records on a failure abandons the rest of the batch: abandons returns no error, so Lambda counts every record of the batch as processed, this one and those not reached yet, and never delivers them again; go on with the next record instead, and return events.KinesisEventResponse\{BatchItemFailures: ...\} listing the failed records`
		}
	}
}

// skips returns nothing and goes on past a failure: the failed record
// is lost, not the rest.
func skips(ctx context.Context, ev events.KinesisEvent) {
	for _, rec := range ev.Records {
		if err := apply(rec); err != nil {
			logrus.Errorf("record %s: %v", rec.EventID, err)
			continue // ok: the rest of the batch is processed
		}
		if rec.EventID == "stop" {
			return // ok: not on a failure
		}
	}
}

// handsOff returns nothing and hands the failure to a dead-letter queue
// of its own before it stops.
func handsOff(ctx context.Context, ev events.KinesisEvent) {
	for _, rec := range ev.Records {
		if err := apply(rec); err != nil {
			deadLetter(rec)
			return // ok: the failure is handled
		}
	}
}

func deadLetter(rec events.KinesisEventRecord) {}

func startSilent() {
	lambda.Start(abandons)
	lambda.Start(skips)
	lambda.Start(handsOff)
}
