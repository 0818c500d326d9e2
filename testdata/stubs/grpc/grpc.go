// Package grpc is a stub of gRPC.
package grpc

type ClientConn struct{}
type DialOption interface{}

func NewClient(target string, opts ...DialOption) (*ClientConn, error) { return &ClientConn{}, nil }
func Dial(target string, opts ...DialOption) (*ClientConn, error)      { return &ClientConn{}, nil }
