// Package sqs is a stub of github.com/aws/aws-sdk-go-v2/service/sqs.
package sqs

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

// SendMessageInput is the input of SendMessage.
type SendMessageInput struct {
	QueueUrl, MessageBody *string
}

// SendMessageOutput is the output of SendMessage.
type SendMessageOutput struct{}

// SendMessage sends a message.
func (c *Client) SendMessage(ctx context.Context, in *SendMessageInput, optFns ...func(*Options)) (*SendMessageOutput, error) {
	return &SendMessageOutput{}, nil
}
