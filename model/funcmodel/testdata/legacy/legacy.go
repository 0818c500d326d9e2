// Package legacy registers functions with the older funcframework API.
package legacy

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/funcframework"
	"github.com/cloudevents/sdk-go/v2/event"
)

type Message struct{ Data []byte }

func init() {
	ctx := context.Background()
	funcframework.RegisterHTTPFunction("/plain", plain)                   // want `entry http "/plain" via funcframework.RegisterHTTPFunction`
	funcframework.RegisterHTTPFunctionContext(ctx, "/ctx", withCtx)       // want `entry http "/ctx" via funcframework.RegisterHTTPFunctionContext`
	funcframework.RegisterEventFunction("/event", onEvent)                // want `entry background "/event" via funcframework.RegisterEventFunction`
	funcframework.RegisterEventFunctionContext(ctx, "/eventctx", onEvent) // want `entry background "/eventctx" via funcframework.RegisterEventFunctionContext`
	funcframework.RegisterCloudEventFunctionContext(ctx, "/ce", onCE)     // want `entry cloudevent "/ce" via funcframework.RegisterCloudEventFunctionContext`
}

func plain(w http.ResponseWriter, r *http.Request) {} // want `fc\[/plain\]`

func withCtx(w http.ResponseWriter, r *http.Request) {} // want `fc\[/ctx\]`

func onEvent(ctx context.Context, m Message) error { return nil } // want `fc\[/event /eventctx\]`

func onCE(ctx context.Context, e event.Event) error { return nil } // want `fc\[/ce\]`
