// Package fns declares functions that create clients per request.
package fns

import (
	"context"
	"net/http"
	"sync"

	"cloud.google.com/go/storage"
	"example.com/cpr/db"
	firebase "firebase.google.com/go/v4"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/redis/go-redis/v9"
	"google.golang.org/grpc"
)

var (
	shared       *storage.Client // created once in init
	lazy         *storage.Client
	mu           sync.Mutex
	clientOnce   sync.Once
	onceClient   *storage.Client
	storageValue = sync.OnceValues(func() (*storage.Client, error) {
		return storage.NewClient(context.Background()) // ok: once per instance
	})
)

func init() {
	var err error
	shared, err = storage.NewClient(context.Background()) // ok: cold start
	if err != nil {
		panic(err)
	}
	functions.HTTP("PerRequest", perRequest)
	functions.HTTP("Reuse", reuse)
	functions.HTTP("Closed", closed)
	functions.HTTP("Helper", helper)
	functions.HTTP("Cached", cached)
}

func perRequest(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	c, err := storage.NewClient(ctx) // want `storage.NewClient creates a client on every invocation; create it once in a package-level variable`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer c.Close()
	app, _ := firebase.NewApp(ctx, nil) // want `firebase.NewApp creates a client on every invocation`
	fs, _ := app.Firestore(ctx)         // want `\(\*firebase.App\).Firestore creates a client on every invocation`
	_ = fs
	conn, _ := grpc.NewClient("svc:443") // want `grpc.NewClient creates a client on every invocation`
	_ = conn
	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379"}) // want `redis.NewClient creates a client on every invocation`
	_ = rdb
	hc := &http.Client{Transport: &http.Transport{MaxIdleConns: 1}} // want `a new http.Transport on every invocation`
	_ = hc
	plain := &http.Client{} // ok: reuses http.DefaultTransport
	_ = plain
	// A Transport that the next statement replaces carries no request.
	wr := &wrapper{client: &http.Client{Transport: &http.Transport{MaxIdleConns: 1}}} // ok: replaced before any use
	wr.client.Transport = http.DefaultTransport
	_ = wr
	used := &http.Client{Transport: &http.Transport{}} // want `a new http.Transport on every invocation`
	used.Get("https://example.com")
	used.Transport = http.DefaultTransport
	w.WriteHeader(http.StatusOK)
}

func reuse(w http.ResponseWriter, r *http.Request) {
	_ = shared.Bucket("b") // ok: the client made at cold start
	clientOnce.Do(func() {
		onceClient, _ = storage.NewClient(context.Background()) // ok: once per instance
	})
	c, _ := storageValue()
	_ = c
	mu.Lock()
	if lazy == nil {
		lazy, _ = storage.NewClient(r.Context()) // ok: stored into a package-level cache
	}
	mu.Unlock()
	w.WriteHeader(http.StatusOK)
}

// closed assigns a package-level variable on every invocation and
// closes it before returning: a client per invocation, not a cache.
func closed(w http.ResponseWriter, r *http.Request) {
	var err error
	lazy, err = storage.NewClient(r.Context()) // want `storage.NewClient creates a client on every invocation`
	if err != nil {
		return
	}
	defer lazy.Close()
	w.WriteHeader(http.StatusOK)
}

// cached fills a package-level cache in two steps, so that a failure is
// retried on the next call rather than cached.
func cached(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	defer mu.Unlock()
	if lazy == nil {
		c, err := storage.NewClient(r.Context()) // ok: stored into a package-level cache below
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		lazy = c
	}
	tmp, err := storage.NewClient(r.Context()) // want `storage.NewClient creates a client on every invocation`
	if err != nil {
		return
	}
	other := tmp // a copy into another local is not a cache
	_ = other
	w.WriteHeader(http.StatusOK)
}

func helper(w http.ResponseWriter, r *http.Request) {
	conn, err := db.Open("dsn") // want `calls db.Open, which calls sql.Open, creating a client on every invocation`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	db.Query(conn) // ok: uses a client
	w.WriteHeader(http.StatusOK)
}

// unreached creates a client, but no entry point reaches it.
func unreached() {
	storage.NewClient(context.Background()) // ok: not function code
}

// wrapper holds a client.
type wrapper struct{ client *http.Client }
