// Package names registers functions with functions-framework-go, some
// of them twice.
package names

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

const ordersName = "orders"

func init() {
	functions.HTTP("orders", listOrders)
	functions.HTTP(ordersName, createOrder) // want `functions.HTTP registers the name "orders" again \(first at a.go:16\): functions-framework-go calls log.Fatalf when a name is already registered, so every instance of the function dies at cold start; give each function its own name`
	functions.HTTP("Orders", createOrder)   // ok: names are case-sensitive
	functions.HTTP("list", listOrders)      // ok: the same function under two names is fine
	// One registry for every kind: a CloudEvent name clashes with an HTTP one.
	functions.CloudEvent("list", onEvent) // want `functions.CloudEvent registers the name "list" again \(first at a.go:19\)`
	functions.Typed("typed", typed)
}

func listOrders(w http.ResponseWriter, r *http.Request)  {}
func createOrder(w http.ResponseWriter, r *http.Request) {}

func onEvent(ctx context.Context, e event.Event) error { return nil }

func typed(ctx context.Context, in struct{ N int }) (int, error) { return in.N, nil }
