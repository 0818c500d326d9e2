// Package fns declares functions that cache clients built from their
// invocation's context, and functions that build them right.
package fns

import (
	"context"
	"net/http"
	"sync"
	"time"

	"cloud.google.com/go/pubsub"
	"cloud.google.com/go/storage"
	"example.com/cc/setup"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

var (
	client  *storage.Client
	clients = map[string]*storage.Client{}
	ps      *pubsub.Client
	once    sync.Once
	mu      sync.Mutex
)

type holder struct{ c *storage.Client }

var h holder

func init() {
	functions.HTTP("Once", onceHandler)
	functions.HTTP("Lazy", lazy)
	functions.HTTP("Helper", helper)
	functions.HTTP("Fine", fine)
	functions.CloudEvent("OnEvent", onEvent)
	functions.HTTP("Lazy2", lazy2)
}

func onceHandler(w http.ResponseWriter, r *http.Request) {
	once.Do(func() {
		client, _ = storage.NewClient(r.Context()) // want `storage.NewClient is given the invocation's context and the client is kept in a package-level variable: client libraries use the constructor's context for the connection and token refreshes, so once this invocation ends the cached client fails; pass context.Background\(\)`
	})
	get := sync.OnceValues(func() (*storage.Client, error) {
		return storage.NewClient(r.Context()) // want `storage.NewClient is given the invocation's context and the client is returned by a sync.OnceValues initializer`
	})
	_, _ = get()
	w.WriteHeader(http.StatusOK)
}

func lazy(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	mu.Lock()
	defer mu.Unlock()
	if client == nil {
		c, err := storage.NewClient(ctx) // want `storage.NewClient is given the invocation's context and the client is kept in a package-level variable`
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		client = c
	}
	tctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	clients["x"], _ = storage.NewClient(tctx) // want `storage.NewClient is given the invocation's context and the client is kept in a package-level variable`
	h.c, _ = storage.NewClient(ctx)           // want `storage.NewClient is given the invocation's context`
	w.WriteHeader(http.StatusOK)
}

func helper(w http.ResponseWriter, r *http.Request) {
	if err := setup.Init(r.Context()); err != nil { // want `setup.Init builds a client from the invocation's context given here \(it calls storage.NewClient\) and the client is kept in a package-level variable: .*; give it context.Background\(\) for the client`
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	setup.FromRequest(r)                 // want `setup.FromRequest builds a client from the invocation's context given here \(it calls setup.initPubSub, which calls pubsub.NewClient\)`
	initLocal(r.Context())               // want `fns.initLocal builds a client from the invocation's context given here \(it calls pubsub.NewClient\)`
	_ = setup.Init(context.Background()) // ok
	c, _ := setup.Fresh(r.Context())     // ok: not kept
	_ = c
	w.WriteHeader(http.StatusOK)
}

func initLocal(ctx context.Context) {
	ps, _ = pubsub.NewClient(ctx, "p") // ok: reported where the invocation's context is given
}

func fine(w http.ResponseWriter, r *http.Request) {
	once.Do(func() {
		client, _ = storage.NewClient(context.Background()) // ok
	})
	mu.Lock()
	ps, _ = pubsub.NewClient(context.WithoutCancel(r.Context()), "p") // ok: detached
	mu.Unlock()
	c, _ := storage.NewClient(r.Context())     // ok: per invocation, not kept (clientperrequest's concern)
	client, _ = storage.NewClient(r.Context()) // ok: closed below, so kept for this invocation only (clientperrequest's concern)
	defer client.Close()
	_ = c
	w.WriteHeader(http.StatusOK)
}

func onEvent(ctx context.Context, e event.Event) error {
	var err error
	once.Do(func() {
		ps, err = pubsub.NewClient(ctx, "p") // want `pubsub.NewClient is given the invocation's context and the client is kept in a package-level variable`
	})
	return err
}
