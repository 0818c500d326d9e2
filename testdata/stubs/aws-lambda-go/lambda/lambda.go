// Package lambda is a stub of github.com/aws/aws-lambda-go/lambda for
// fnlint's tests: the declarations fnlint matches, with their real
// signatures (aws-lambda-go v1.54), at their real import path.
package lambda

import "context"

// Handler is the interface of a handler that takes and returns the raw
// payload.
type Handler interface {
	Invoke(ctx context.Context, payload []byte) ([]byte, error)
}

type handlerOptions struct {
	handlerFunc func(ctx context.Context, payload []byte) ([]byte, error)
}

func (h *handlerOptions) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	return h.handlerFunc(ctx, payload)
}

// Option configures a handler.
type Option func(*handlerOptions)

// HandlerFunc is the handler type that StartHandlerFunc checks at
// compile time.
type HandlerFunc[TIn, TOut any] interface {
	func(context.Context, TIn) (TOut, error)
}

// Start starts the handler and never returns.
func Start(handler interface{}) { select {} }

// StartWithOptions is Start with options.
func StartWithOptions(handler interface{}, options ...Option) { select {} }

// StartWithContext is Start with a base context (deprecated).
func StartWithContext(ctx context.Context, handler interface{}) { select {} }

// StartHandler starts a Handler (deprecated).
func StartHandler(handler Handler) { select {} }

// StartHandlerWithContext starts a Handler with a base context (deprecated).
func StartHandlerWithContext(ctx context.Context, handler Handler) { select {} }

// StartHandlerFunc is StartWithOptions for a handler of a checked type.
func StartHandlerFunc[TIn any, TOut any, H HandlerFunc[TIn, TOut]](handler H, options ...Option) {
	select {}
}

// NewHandler returns a Handler that decodes the payload for handlerFunc,
// a function of a signature that Start accepts.
func NewHandler(handlerFunc interface{}) Handler { return NewHandlerWithOptions(handlerFunc) }

// NewHandlerWithOptions is NewHandler with options.
func NewHandlerWithOptions(handlerFunc interface{}, options ...Option) Handler {
	return &handlerOptions{}
}

// WithContext sets the base context of every invocation.
func WithContext(ctx context.Context) Option { return func(*handlerOptions) {} }

// WithEnableSIGTERM runs the callbacks when the environment shuts down.
func WithEnableSIGTERM(callbacks ...func()) Option { return func(*handlerOptions) {} }
