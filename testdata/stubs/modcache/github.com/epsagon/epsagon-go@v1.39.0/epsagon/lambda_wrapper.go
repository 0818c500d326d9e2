// Package epsagon is a stub of github.com/epsagon/epsagon-go/epsagon at
// its real import path, with its real shape: WrapLambdaHandler keeps
// the handler, adapted by reflection to one generic signature, in a
// struct whose Invoke calls it on every invocation.
package epsagon

import (
	"context"
	"encoding/json"
	"reflect"

	"github.com/aws/aws-lambda-go/lambda"
)

// Config is the tracer's configuration.
type Config struct {
	ApplicationName string
	Token           string
}

// NewTracerConfig returns a configuration.
func NewTracerConfig(applicationName, token string) *Config {
	return &Config{ApplicationName: applicationName, Token: token}
}

type genericLambdaHandler func(context.Context, json.RawMessage) (interface{}, error)

// epsagonLambdaWrapper is the handler that lambda.Start serves.
type epsagonLambdaWrapper struct {
	handler genericLambdaHandler
	config  *Config
}

func makeGenericHandler(handlerSymbol interface{}) genericLambdaHandler {
	handler := reflect.ValueOf(handlerSymbol)
	handlerType := reflect.TypeOf(handlerSymbol)
	return func(ctx context.Context, payload json.RawMessage) (interface{}, error) {
		var args []reflect.Value
		if handlerType.NumIn() > 0 {
			args = append(args, reflect.ValueOf(ctx))
		}
		if handlerType.NumIn() > 1 {
			event := reflect.New(handlerType.In(handlerType.NumIn() - 1))
			if err := json.Unmarshal(payload, event.Interface()); err != nil {
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

// Invoke runs the handler and reports the trace.
func (w *epsagonLambdaWrapper) Invoke(ctx context.Context, payload json.RawMessage) (interface{}, error) {
	return w.handler(ctx, payload)
}

// WrapLambdaHandler wraps a Lambda handler function with Epsagon's
// tracing.
func WrapLambdaHandler(config *Config, handler interface{}) lambda.Handler {
	return &lambdaHandler{&epsagonLambdaWrapper{handler: makeGenericHandler(handler), config: config}}
}

// lambdaHandler serves the raw payloads of lambda.Handler.
type lambdaHandler struct{ wrapper *epsagonLambdaWrapper }

func (h *lambdaHandler) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	out, err := h.wrapper.Invoke(ctx, payload)
	if err != nil {
		return nil, err
	}
	return json.Marshal(out)
}
