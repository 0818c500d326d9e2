// Package iopipe is a stub of github.com/iopipe/iopipe-go at its real
// import path, with its real shape: an Agent's WrapHandler returns a
// function that calls the handler through reflection on every
// invocation.
package iopipe

import (
	"context"
	"encoding/json"
	"reflect"
)

// Config is the agent's configuration.
type Config struct{ Token *string }

// String returns a pointer to s.
func String(s string) *string { return &s }

// Agent reports invocations.
type Agent struct{ cfg *Config }

// NewAgent returns an agent.
func NewAgent(cfg Config) *Agent { return &Agent{cfg: &cfg} }

// WrapHandler wraps a Lambda handler function with the agent.
func (a *Agent) WrapHandler(handler interface{}) interface{} {
	fn := reflect.ValueOf(handler)
	return func(ctx context.Context, payload json.RawMessage) (interface{}, error) {
		args := []reflect.Value{reflect.ValueOf(ctx)}
		if fn.Type().NumIn() > 1 {
			event := reflect.New(fn.Type().In(1))
			if err := json.Unmarshal(payload, event.Interface()); err != nil {
				return nil, err
			}
			args = append(args, event.Elem())
		}
		out := fn.Call(args)
		err, _ := out[len(out)-1].Interface().(error)
		if len(out) > 1 {
			return out[0].Interface(), err
		}
		return nil, err
	}
}
