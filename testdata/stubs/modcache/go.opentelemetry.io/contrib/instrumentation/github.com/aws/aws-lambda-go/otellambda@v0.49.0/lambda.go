// Package otellambda is a stub of
// go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda
// at its real import path, with its real shape: InstrumentHandler takes
// the handler function as interface{}, checks its signature by
// reflection and returns a function that calls it through reflection
// on every invocation, inside a span; WrapHandler keeps a lambda.Handler
// in a struct whose Invoke calls it.
package otellambda

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"

	"github.com/aws/aws-lambda-go/lambda"
)

// Option configures the instrumentation.
type Option interface{ apply(*config) }

type config struct {
	flusher interface{ ForceFlush(context.Context) error }
}

type instrumentor struct{ cfg config }

func (i *instrumentor) tracingBegin(ctx context.Context) context.Context { return ctx }

func (i *instrumentor) tracingEnd(ctx context.Context) {
	if i.cfg.flusher != nil {
		_ = i.cfg.flusher.ForceFlush(ctx)
	}
}

func newInstrumentor(opts ...Option) instrumentor {
	var i instrumentor
	for _, o := range opts {
		o.apply(&i.cfg)
	}
	return i
}

func errorHandler(e error) func(context.Context, interface{}) (interface{}, error) {
	return func(context.Context, interface{}) (interface{}, error) { return nil, e }
}

// InstrumentHandler returns a handler that runs handlerFunc inside a
// span.
func InstrumentHandler(handlerFunc interface{}, options ...Option) interface{} {
	if handlerFunc == nil {
		return errorHandler(errors.New("handler is nil"))
	}
	handler := reflect.ValueOf(handlerFunc)
	handlerType := reflect.TypeOf(handlerFunc)
	if handlerType.Kind() != reflect.Func {
		return errorHandler(errors.New("handler kind is not func"))
	}
	i := newInstrumentor(options...)
	return func(ctx context.Context, payload interface{}) (interface{}, error) {
		ctx = i.tracingBegin(ctx)
		defer i.tracingEnd(ctx)
		var args []reflect.Value
		if handlerType.NumIn() > 0 {
			args = append(args, reflect.ValueOf(ctx))
		}
		if handlerType.NumIn() > 1 {
			raw, _ := json.Marshal(payload)
			event := reflect.New(handlerType.In(handlerType.NumIn() - 1))
			if err := json.Unmarshal(raw, event.Interface()); err != nil {
				return nil, err
			}
			args = append(args, event.Elem())
		}
		out := handler.Call(args)
		var err error
		if len(out) > 0 {
			err, _ = out[len(out)-1].Interface().(error)
		}
		if len(out) > 1 {
			return out[0].Interface(), err
		}
		return nil, err
	}
}

// wrappedHandler instruments the invocations of a lambda.Handler.
type wrappedHandler struct {
	instrumentor instrumentor
	handler      lambda.Handler
}

// Invoke runs the wrapped handler inside a span.
func (h wrappedHandler) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	ctx = h.instrumentor.tracingBegin(ctx)
	defer h.instrumentor.tracingEnd(ctx)
	return h.handler.Invoke(ctx, payload)
}

// WrapHandler returns a lambda.Handler that runs handler inside a span.
func WrapHandler(handler lambda.Handler, options ...Option) lambda.Handler {
	return wrappedHandler{instrumentor: newInstrumentor(options...), handler: handler}
}
