// Package root is at the root of its module and registers nothing, so its
// exported functions with a function signature are 1st-gen entry points.
package root

import (
	"context"
	"net/http"

	"github.com/cloudevents/sdk-go/v2/event"
)

type PubSubMessage struct{ Data []byte }

func HelloHTTP(w http.ResponseWriter, r *http.Request) { // want `entry http "HelloHTTP" via 1st gen` `fc\[HelloHTTP\]`
	greet(w)
}

func greet(w http.ResponseWriter) { // want `fc\[HelloHTTP\]`
	w.Write([]byte("hi"))
}

func HelloPubSub(ctx context.Context, m PubSubMessage) error { // want `entry background "HelloPubSub" via 1st gen` `fc\[HelloPubSub\]`
	return shared()
}

func HelloMap(ctx context.Context, m map[string]any) error { // want `entry background "HelloMap" via 1st gen` `fc\[HelloMap\]`
	return shared()
}

func HelloEvent(ctx context.Context, e event.Event) error { // want `entry cloudevent "HelloEvent" via 1st gen` `fc\[HelloEvent\]`
	return shared()
}

func shared() error { return nil } // want `fc\[HelloEvent HelloMap HelloPubSub\]`

// ok: a string is not an event payload.
func Parse(ctx context.Context, s string) error { return nil }

// ok: unexported.
func helloLower(w http.ResponseWriter, r *http.Request) {}

var table = buildTable() // ok: the initializer is cold start, reported on buildTable

func buildTable() map[string]int { return nil } // want `coldstart`

// HelloAny takes an interface{} payload, which the framework decodes the
// event into: a 1st-gen background function.
func HelloAny(ctx context.Context, m interface{}) error { // want `entry background "HelloAny" via 1st gen` `fc\[HelloAny\]`
	return nil
}

// EnableCors takes a pointer to a ResponseWriter: a helper, not an HTTP
// function.
func EnableCors(w *http.ResponseWriter, r *http.Request) {}
