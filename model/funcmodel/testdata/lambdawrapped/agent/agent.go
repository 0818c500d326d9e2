// Package agent wraps Lambda handlers, as a tracing agent does.
package agent

// WrapHandler returns a handler that runs h.
func WrapHandler(h interface{}) interface{} { return h }
