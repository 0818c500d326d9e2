// Command v1fn is a Lambda function that writes batches with the AWS
// SDK for Go v1.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/dynamodb/dynamodbiface"
	"github.com/aws/aws-sdk-go/service/firehose"
	"github.com/aws/aws-sdk-go/service/kinesis"
	"github.com/aws/aws-sdk-go/service/sqs"
	"github.com/aws/aws-sdk-go/service/sqs/sqsiface"
)

var (
	sess                             = session.Must(session.NewSession())
	db     dynamodbiface.DynamoDBAPI = dynamodb.New(sess)
	queue  sqsiface.SQSAPI           = sqs.New(sess)
	stream                           = kinesis.New(sess)
	hose                             = firehose.New(sess)
)

func handler(ctx context.Context) error {
	_, err := db.BatchWriteItemWithContext(ctx, &dynamodb.BatchWriteItemInput{}) // want `Amazon DynamoDB BatchWriteItem reports the writes it did not process in UnprocessedItems, with no error, and the output is assigned to _: those items are never written; send UnprocessedItems again, with backoff, until it is empty`
	if err != nil {
		return err
	}
	queue.SendMessageBatch(&sqs.SendMessageBatchInput{})                          // want `Amazon SQS SendMessageBatch reports .* the output is discarded`
	var out, perr = stream.PutRecordsWithContext(ctx, &kinesis.PutRecordsInput{}) // ok: FailedRecordCount is read
	if perr == nil && *out.FailedRecordCount > 0 {
		return retry(ctx, out)
	}
	req, res := db.(*dynamodb.DynamoDB).BatchWriteItemRequest(&dynamodb.BatchWriteItemInput{}) // want `BatchWriteItem reports .* the output is never read`
	if err := req.Send(); err != nil {
		return err
	}
	_ = res
	for {
		r, err := hose.PutRecordBatch(&firehose.PutRecordBatchInput{}) // ok: the responses are read
		if err != nil {
			return err
		}
		for _, resp := range r.RequestResponses {
			if resp.ErrorCode != nil {
				continue
			}
		}
		break
	}
	return nil
}

func retry(ctx context.Context, out *kinesis.PutRecordsOutput) error { return nil }

func main() {
	lambda.Start(handler)
}
