// Package s3 is a stub of github.com/aws/aws-sdk-go-v2/service/s3.
package s3

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Options configures a client.
type Options struct {
	Region string
}

// Client is the service client.
type Client struct{ options Options }

// New returns a client from its options.
func New(options Options, optFns ...func(*Options)) *Client { return &Client{options: options} }

// NewFromConfig returns a client from an aws.Config.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

// PutObjectInput is the input of PutObject.
type PutObjectInput struct {
	Bucket, Key *string
}

// PutObjectOutput is the output of PutObject.
type PutObjectOutput struct{}

// PutObject stores an object.
func (c *Client) PutObject(ctx context.Context, in *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

// PresignClient presigns requests; it holds a Client.
type PresignClient struct{ client *Client }

// NewPresignClient wraps a client (not a new client: it reuses c).
func NewPresignClient(c *Client, optFns ...func(*PresignOptions)) *PresignClient {
	return &PresignClient{client: c}
}

// PresignOptions configures a PresignClient.
type PresignOptions struct{}
