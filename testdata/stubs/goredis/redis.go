// Package redis is a stub of go-redis.
package redis

type Options struct{ Addr string }
type Client struct{}

func NewClient(opt *Options) *Client { return &Client{} }
