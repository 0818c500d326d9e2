// Package funcframework is a stub of the legacy functions-framework-go API.
package funcframework

import (
	"context"
	"net/http"

	"github.com/cloudevents/sdk-go/v2/event"
)

func RegisterHTTPFunction(path string, fn interface{})  {}
func RegisterEventFunction(path string, fn interface{}) {}
func RegisterHTTPFunctionContext(ctx context.Context, path string, fn func(http.ResponseWriter, *http.Request)) error {
	return nil
}
func RegisterEventFunctionContext(ctx context.Context, path string, fn interface{}) error {
	return nil
}
func RegisterCloudEventFunctionContext(ctx context.Context, path string, fn func(context.Context, event.Event) error) error {
	return nil
}
func Start(port string) error                   { return nil }
func StartHostPort(hostname, port string) error { return nil }
