// Package storage is a stub of the Cloud Storage client.
package storage

import "context"

type Client struct{}
type BucketHandle struct{}

func NewClient(ctx context.Context, opts ...any) (*Client, error)     { return &Client{}, nil }
func NewGRPCClient(ctx context.Context, opts ...any) (*Client, error) { return &Client{}, nil }
func (c *Client) Bucket(name string) *BucketHandle                    { return &BucketHandle{} }
func (c *Client) Close() error                                        { return nil }
