// Package ddlambda is a stub of github.com/DataDog/datadog-lambda-go at
// its real import path, with its real signatures: the wrappers take the
// handler as interface{} and return what lambda.Start serves. The real
// wrapper calls the handler through reflection.
package ddlambda

import (
	"context"
	"reflect"
)

// Config is the wrapper's configuration.
type Config struct{ DebugLogging bool }

// WrapFunction wraps a Lambda handler function.
func WrapFunction(handler interface{}, cfg *Config) interface{} {
	return func(ctx context.Context, msg []byte) (interface{}, error) {
		out := reflect.ValueOf(handler).Call([]reflect.Value{reflect.ValueOf(ctx), reflect.ValueOf(msg)})
		return out[0].Interface(), nil
	}
}

// WrapHandler is the deprecated name of WrapFunction.
func WrapHandler(handler interface{}, cfg *Config) interface{} {
	return WrapFunction(handler, cfg)
}
