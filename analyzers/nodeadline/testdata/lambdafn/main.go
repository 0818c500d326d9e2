// Command lambdafn is a Lambda function whose AWS SDK v1 calls cannot
// carry the invocation's deadline.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/dynamodb/dynamodbiface"
	"github.com/aws/aws-sdk-go/service/s3"
)

var (
	sess                             = session.Must(session.NewSession())
	bucket                           = s3.New(sess)
	table  dynamodbiface.DynamoDBAPI = dynamodb.New(sess)
)

func handler(ctx context.Context) error {
	if _, err := bucket.PutObject(&s3.PutObjectInput{Bucket: aws.String("b")}); err != nil { // want `\(\*s3.S3\).PutObject cannot carry the invocation's deadline, which is in scope: the invocation's deadline is on its context, so this call cannot stop when the function's time is up: the invocation times out instead of handling the error, and on Lambda Managed Instances, where the timeout is not enforced, the call goes on; call PutObjectWithContext with ctx`
		return err
	}
	table.PutItem(&dynamodb.PutItemInput{})                          // want `PutItem cannot carry .*; call PutItemWithContext with ctx`
	bucket.WaitUntilBucketExists(&s3.HeadBucketInput{})              // want `WaitUntilBucketExists cannot carry .*; call WaitUntilBucketExistsWithContext with ctx`
	_, err := bucket.PutObjectWithContext(ctx, &s3.PutObjectInput{}) // ok
	ordersStore.save()
	newAudit(table).save()
	real.save()
	fake.save()
	return err
}

// putter is the function's own narrow interface over DynamoDB, without
// PutItemWithContext.
type putter interface {
	PutItem(*dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error)
}

// orders keeps the SDK's client behind putter.
type orders struct{ db putter }

var ordersStore = &orders{db: dynamodb.New(sess)}

func (o *orders) save() {
	o.db.PutItem(&dynamodb.PutItemInput{}) // want `o.db.PutItem cannot carry the invocation's deadline in save, which handler reaches without passing it the invocation's context: .*; every value the package stores where it is called is an AWS SDK client whose PutItemWithContext takes a context: declare PutItemWithContext in putter and call it with the invocation's context, passed down to save`
}

// audit keeps what its constructor is given: the values are not known.
type audit struct{ db putter }

func newAudit(db putter) *audit { return &audit{db: db} }

func (a *audit) save() {
	a.db.PutItem(&dynamodb.PutItemInput{}) // ok: the stored values are newAudit's parameter, of the interface type
}

// fakePutter has PutItem and no sibling.
type fakePutter struct{}

func (fakePutter) PutItem(*dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error) { return nil, nil }

// mixed holds an SDK client or a fake.
type mixed struct{ db putter }

var (
	real = &mixed{db: dynamodb.New(sess)}
	fake = &mixed{db: fakePutter{}}
)

func (x *mixed) save() {
	x.db.PutItem(&dynamodb.PutItemInput{}) // ok: one stored value has no PutItemWithContext
}

func main() {
	bucket.WaitUntilBucketExists(&s3.HeadBucketInput{}) // ok: cold start
	lambda.Start(handler)
}
