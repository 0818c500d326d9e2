// Package functions is a stub of the functions-framework-go registration API.
package functions

import (
	"context"
	"net/http"

	"github.com/cloudevents/sdk-go/v2/event"
)

func HTTP(name string, fn func(http.ResponseWriter, *http.Request))       {}
func CloudEvent(name string, fn func(context.Context, event.Event) error) {}
func Typed(name string, fn interface{})                                   {}
