// Package fns mutates globals from functions.
package fns

import (
	"context"
	"net/http"
	"sync"
	"sync/atomic"

	"cloud.google.com/go/storage"
	"example.com/gm/config"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

type settings struct {
	Debug bool
	Tags  map[string]string
}

var (
	requests int
	cache    = map[string]string{}
	history  []string
	cfg      = &settings{}
	client   *storage.Client
	mu       sync.RWMutex
	guarded  = map[string]int{}
	hits     atomic.Int64
	counter  int64
	once     sync.Once
	lazy     *storage.Client
	sm       sync.Map
	events   = make(chan string, 10)
	ready    bool
)

func init() {
	requests = 0 // ok: cold start
	cache["boot"] = "yes"
	functions.HTTP("Mutate", mutate)
	functions.HTTP("Safe", safe)
	functions.HTTP("Lazy", lazyInit)
	functions.HTTP("Helper", viaHelper)
}

func mutate(w http.ResponseWriter, r *http.Request) {
	requests++                     // want `write to package-level variable fns.requests without synchronization in mutate: concurrent invocations race on it, and the next invocation may land on another instance that never saw the write; keep per-invocation state in local variables, or guard shared state with a mutex`
	requests += 2                  // want `write to package-level variable fns.requests`
	cache[r.URL.Path] = "seen"     // want `write to package-level variable fns.cache`
	delete(cache, "old")           // want `write to package-level variable fns.cache`
	history = append(history, "x") // want `write to package-level variable fns.history`
	cfg.Debug = true               // want `write to package-level variable fns.cfg`
	cfg.Tags["k"] = "v"            // want `write to package-level variable fns.cfg`
	config.Set("x")                // want `^mutate calls config.Set, which writes config.current without synchronization`
	config.SetSafe("y")            // ok: the helper locks
	requests := 5                  // ok: a local shadows the global
	requests++                     // ok: the local
	local := map[string]int{}
	local["a"] = requests // ok: a local map
	w.WriteHeader(http.StatusOK)
}

func safe(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	guarded[r.URL.Path]++ // ok: under the lock
	mu.Unlock()

	mu.Lock()
	defer mu.Unlock()
	ready = true                 // ok: under the deferred unlock
	bump()                       // ok: every call of bump holds the lock
	hits.Add(1)                  // ok: atomic type
	atomic.AddInt64(&counter, 1) // ok: sync/atomic
	sm.Store("k", "v")           // ok: sync.Map
	events <- "e"                // ok: channel
	w.WriteHeader(http.StatusOK)
}

func bump() {
	guarded["bumps"]++ // ok: callers hold the lock
}

func lazyInit(w http.ResponseWriter, r *http.Request) {
	if client == nil {
		client, _ = storage.NewClient(r.Context()) // want `unsynchronized lazy initialization of package-level variable fns.client in lazyInit: concurrent invocations race to initialize it; use sync.OnceValues`
	}
	once.Do(func() {
		lazy, _ = storage.NewClient(context.Background()) // ok: inside sync.Once
	})
	w.WriteHeader(http.StatusOK)
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	record(r.URL.Path)
	mu.Lock()
	recordLocked(r.URL.Path)
	mu.Unlock()
	w.WriteHeader(http.StatusOK)
}

func record(p string) {
	history = append(history, p) // want `write to package-level variable fns.history`
}

func recordLocked(p string) {
	history = append(history, p) // ok: the only call holds the lock
}

// unreached is not function code.
func unreached() {
	requests = 100 // ok: no entry point reaches it
}
