// Package s3 is a stub of github.com/aws/aws-sdk-go/service/s3.
package s3

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// S3 is the Amazon S3 client.
type S3 struct{}

// PutObjectInput is the input of PutObject.
type PutObjectInput struct {
	Bucket, Key *string
}

// PutObjectOutput is the output of PutObject.
type PutObjectOutput struct{}

// New creates an S3 client from a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *S3 { return &S3{} }

// PutObject stores an object.
func (c *S3) PutObject(in *PutObjectInput) (*PutObjectOutput, error) { return &PutObjectOutput{}, nil }
