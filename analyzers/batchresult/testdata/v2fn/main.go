// Command v2fn is a Lambda function that sends batches with the AWS SDK
// for Go v2.
package main

import (
	"context"
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
	return nil
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
