// Command v2fn is a Lambda function that sends batches with the AWS SDK
// for Go v2.
package main

import (
	"context"
	"errors"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	queue  *sqs.Client
	topic  *sns.Client
	table  *dynamodb.Client
	stream *kinesis.Client
	hose   *firehose.Client
	bus    *eventbridge.Client
)

// Sender is the user's own interface, which *sqs.Client satisfies.
type Sender interface {
	SendMessageBatch(ctx context.Context, in *sqs.SendMessageBatchInput, optFns ...func(*sqs.Options)) (*sqs.SendMessageBatchOutput, error)
}

var sender Sender

func handler(ctx context.Context) error {
	if _, err := queue.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{}); err != nil { // want `Amazon SQS SendMessageBatch reports the messages it could not send in Failed, with no error, and the output is assigned to _: those messages are lost without a trace; send the entries of Failed again or report them`
		return err
	}
	queue.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{}) // want `Amazon SQS DeleteMessageBatch reports the messages it could not delete in Failed, with no error, and the output is discarded: those messages stay in the queue and are delivered again`
	out, err := topic.PublishBatch(ctx, &sns.PublishBatchInput{}) // want `Amazon SNS PublishBatch reports .* and the output is only compared with nil`
	if err != nil || out == nil {
		return err
	}
	w, err := table.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{}) // ok: UnprocessedItems is read
	if err != nil {
		return err
	}
	if len(w.UnprocessedItems) > 0 {
		log.Printf("unprocessed: %d", len(w.UnprocessedItems))
	}
	got, err := table.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{}) // want `Amazon DynamoDB BatchGetItem reports the keys it did not read in UnprocessedKeys, with no error, and only got.Responses is read: those items are missing from the result as if they did not exist; request UnprocessedKeys again, with backoff, until it is empty`
	if err != nil {
		return err
	}
	log.Println(len(got.Responses))
	_, _ = stream.PutRecords(ctx, &kinesis.PutRecordsInput{})                            // want `Amazon Kinesis PutRecords reports how many records it could not put in FailedRecordCount`
	if r, err := hose.PutRecordBatch(ctx, &firehose.PutRecordBatchInput{}); err == nil { // ok: FailedPutCount is read
		log.Println(*r.FailedPutCount)
	}
	ev, _ := bus.PutEvents(ctx, &eventbridge.PutEventsInput{}) // ok: the output is returned to a helper that may read it
	report(ev)
	_, _ = sender.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{})   // want `Amazon SQS SendMessageBatch reports`
	s, err := queue.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{}) // ok: Successful counted
	if err == nil && len(s.Successful) < 10 {
		log.Println("some failed")
	}
	_, _ = send(ctx) // ok: a function of the user's, which may have read the failures (a blind spot when it has not)
	if err := putAll(ctx); err != nil {
		return err
	}
	n, err := putSome(ctx)
	log.Println(n)
	return err
}

// putAll sees its events' failures and answers success.
func putAll(ctx context.Context) error {
	pe, err := bus.PutEvents(ctx, &eventbridge.PutEventsInput{}) // want `Amazon EventBridge PutEvents reports how many events it could not put in FailedEntryCount \(and each one's ErrorCode in Entries\), with no error, and the failures are read \(pe.FailedEntryCount\) only to return success: those events are lost without a trace`
	if err != nil {
		return err
	}
	if pe.FailedEntryCount > 0 {
		return nil
	}
	w, err := table.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{}) // want `the failures are read \(w.UnprocessedItems\) only to return success`
	if err == nil && len(w.UnprocessedItems) != 0 {
		return nil
	}
	ok, err := bus.PutEvents(ctx, &eventbridge.PutEventsInput{}) // ok: the success path returns early, the failures are handled after it
	if err != nil {
		return err
	}
	if ok.FailedEntryCount == 0 {
		return nil
	}
	return errors.New("some events failed")
}

// putSome returns how many it put: the failures are reported in the count.
func putSome(ctx context.Context) (int, error) {
	pe, err := bus.PutEvents(ctx, &eventbridge.PutEventsInput{}) // ok: a branch that logs is the code's choice
	if err != nil {
		return 0, err
	}
	if pe.FailedEntryCount > 0 {
		log.Printf("%d events failed", pe.FailedEntryCount)
		return 0, nil
	}
	rec, err := stream.PutRecords(ctx, &kinesis.PutRecordsInput{}) // ok: the count handed on in the result
	if err != nil {
		return 0, err
	}
	if *rec.FailedRecordCount > 0 {
		return int(*rec.FailedRecordCount), nil
	}
	return 1, nil
}

func send(ctx context.Context) (*sqs.SendMessageBatchOutput, error) {
	return queue.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{}) // ok: returned
}

func report(ev *eventbridge.PutEventsOutput) { log.Println(ev.FailedEntryCount) }

func main() {
	cfg, _ := config.LoadDefaultConfig(context.Background())
	queue = sqs.NewFromConfig(cfg)
	lambda.Start(handler)
}
