// Package lumigotracer is a stub of github.com/lumigo-io/lumigo-go-tracer
// at its real import path, with its real shape: WrapHandler returns a
// function that calls the handler through reflection on every
// invocation.
package lumigotracer

import (
	"context"
	"encoding/json"
	"reflect"
)

// Config is the tracer's configuration.
type Config struct {
	Token       string
	PrintStdout bool
}

// WrapHandler wraps a Lambda handler function with Lumigo's tracing.
func WrapHandler(handler interface{}, conf *Config) interface{} {
	fn := reflect.ValueOf(handler)
	typ := fn.Type()
	return func(ctx context.Context, payload json.RawMessage) (interface{}, error) {
		var args []reflect.Value
		if typ.NumIn() > 0 {
			args = append(args, reflect.ValueOf(ctx))
		}
		if typ.NumIn() > 1 {
			event := reflect.New(typ.In(typ.NumIn() - 1))
			if err := json.Unmarshal(payload, event.Interface()); err != nil {
				return nil, err
			}
			args = append(args, event.Elem())
		}
		out := fn.Call(args)
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
