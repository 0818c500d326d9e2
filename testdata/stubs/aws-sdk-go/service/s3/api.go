package s3

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/request"
)

// PutObjectWithContext is the same as PutObject with the addition of
// the ability to pass a context and additional request options.
func (c *S3) PutObjectWithContext(ctx aws.Context, in *PutObjectInput, opts ...request.Option) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

// HeadBucketInput is the input of HeadBucket.
type HeadBucketInput struct {
	Bucket *string
}

// HeadBucketOutput is the output of HeadBucket.
type HeadBucketOutput struct{}

// WaitUntilBucketExists uses the Amazon S3 API operation HeadBucket to
// wait for a condition to be met before returning.
func (c *S3) WaitUntilBucketExists(in *HeadBucketInput) error { return nil }

// WaitUntilBucketExistsWithContext is an extended version of
// WaitUntilBucketExists, with the ability to pass a context and
// options to configure the Waiter.
func (c *S3) WaitUntilBucketExistsWithContext(ctx aws.Context, in *HeadBucketInput, opts ...request.WaiterOption) error {
	return nil
}
