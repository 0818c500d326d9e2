// Package model holds the cases of the execution model for writes:
// locks that do not cross to goroutines, setters with their own locks,
// long chains, and the builtins that write.
package model

import (
	"net/http"
	"sync"

	"example.com/gm/config"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var (
	mu      sync.Mutex
	hits    int
	seen    = map[string]bool{}
	recent  = make([]string, 8)
	counter int
)

func init() {
	functions.HTTP("Locked", locked)
	functions.HTTP("Builtins", builtins)
	functions.HTTP("Setter", setter)
}

func locked(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	defer mu.Unlock()
	hits++ // ok: under the lock
	go func() {
		counter++ // want `write to package-level variable model.counter without synchronization`
	}()
}

func builtins(w http.ResponseWriter, r *http.Request) {
	clear(seen)                        // want `write to package-level variable model.seen without synchronization`
	copy(recent, []string{r.URL.Path}) // want `write to package-level variable model.recent without synchronization`
}

func setter(w http.ResponseWriter, r *http.Request) {
	config.Put("k", "v") // ok: Put takes its own lock
	config.Deep()        // want `calls config.Deep, which calls config.d1, which calls config.d2, which calls config.d3, which calls config.d4, which calls config.d5, which writes config.deepest without synchronization`
}
