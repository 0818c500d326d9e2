// Command lambdasdk is a Lambda function that gives AWS SDK for Go v2
// calls context.Background(): besides the deadline, the calls carry no
// trace id to Lambda's detection of recursive loops.
package main

import (
	"context"

	"cloud.google.com/go/storage"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	uploads = s3.New(s3.Options{})
	queue   = sqs.New(sqs.Options{})
	bucket  = &storage.BucketHandle{}
)

func handler(ctx context.Context, name string) error {
	_, err := uploads.PutObject(context.Background(), &s3.PutObjectInput{}) // want `\(\*s3.Client\).PutObject is given context.Background\(\) while the invocation's context is in scope: the call loses the invocation's deadline and can run past the function's timeout, and where several invocations run at once it sends no trace id to Lambda's detection of recursive loops \(the SDK's recursion-detection middleware reads it from the context; the environment holds it only while one invocation runs at a time\); pass ctx$`
	if err != nil {
		return err
	}
	_ = notify(name) // want `calls main.notify, which has no context parameter and passes context.Background\(\) to \(\*sqs.Client\).SendMessage: that call loses the invocation's deadline and can run past the function's timeout, and where several invocations run at once it sends no trace id to Lambda's detection of recursive loops \(.*\); give main.notify a context.Context parameter`
	// ok: not an AWS SDK call: only the deadline is lost.
	w := bucket.Object(name).NewWriter(context.Background()) // want `NewWriter is given context.Background\(\) while the invocation's context is in scope: the call loses the invocation's deadline and can run past the function's timeout; pass ctx$`
	return w.Close()
}

// notify has no context of its own.
func notify(name string) error {
	_, err := queue.SendMessage(context.Background(), &sqs.SendMessageInput{}) // ok: no context in scope; reported where the handler calls notify
	return err
}

func main() {
	_, _ = uploads.PutObject(context.Background(), &s3.PutObjectInput{}) // ok: the init phase
	lambda.Start(handler)
}
