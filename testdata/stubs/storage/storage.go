// Package storage is a stub of the Cloud Storage client.
package storage

import "context"

type Client struct{}
type BucketHandle struct{}

func NewClient(ctx context.Context, opts ...any) (*Client, error)     { return &Client{}, nil }
func NewGRPCClient(ctx context.Context, opts ...any) (*Client, error) { return &Client{}, nil }
func (c *Client) Bucket(name string) *BucketHandle                    { return &BucketHandle{} }
func (c *Client) Close() error                                        { return nil }

type ObjectHandle struct{}
type Reader struct{}
type Writer struct{}

func (b *BucketHandle) Object(name string) *ObjectHandle               { return &ObjectHandle{} }
func (o *ObjectHandle) NewReader(ctx context.Context) (*Reader, error) { return &Reader{}, nil }
func (o *ObjectHandle) NewWriter(ctx context.Context) *Writer          { return &Writer{} }
func (r *Reader) Close() error                                         { return nil }
func (w *Writer) Close() error                                         { return nil }
