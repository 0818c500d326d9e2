// Package lambda is a stub of the AWS Lambda Go runtime API.
package lambda

import "context"

type Handler interface {
	Invoke(ctx context.Context, payload []byte) ([]byte, error)
}

type Option func(*struct{})

func Start(handler interface{})                                    {}
func StartWithOptions(handler interface{}, options ...Option)      {}
func StartWithContext(ctx context.Context, handler interface{})    {}
func StartHandler(handler Handler)                                 {}
func StartHandlerWithContext(ctx context.Context, handler Handler) {}
