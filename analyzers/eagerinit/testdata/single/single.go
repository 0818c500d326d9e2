// Package single declares one function, which uses its client: the
// recommended global caching.
package single

import (
	"context"
	"net/http"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var client, _ = storage.NewClient(context.Background()) // ok: the only entry point uses it

func init() {
	functions.HTTP("Get", get)
}

func get(w http.ResponseWriter, r *http.Request) {
	_ = client.Bucket("b")
	w.WriteHeader(http.StatusOK)
}
