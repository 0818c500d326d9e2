// Package kinesis is a stub of github.com/aws/aws-sdk-go-v2/service/kinesis.
package kinesis

import "github.com/aws/aws-sdk-go-v2/aws"

// Options configures a client.
type Options struct {
	Region string
}

// Client is the service client.
type Client struct{ options Options }

// NewFromConfig returns a client from an aws.Config.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }
