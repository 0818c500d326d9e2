package fns

import (
	"net/http"

	"cloud.google.com/go/storage"
)

var lazyClient *storage.Client

// lazy2 fills a cache in a file that does not import context: the fix
// adds the import.
func lazy2(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	defer mu.Unlock()
	if lazyClient == nil {
		lazyClient, _ = storage.NewClient(r.Context()) // want `storage.NewClient is given the invocation's context`
	}
	w.WriteHeader(http.StatusOK)
}
