// Package sample is a small Cloud Run functions module that makes every
// mistake fnlint knows. Run fnlint on it from this directory:
//
//	fnlint ./...
package sample

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"sync"

	"cloud.google.com/go/pubsub"
	"cloud.google.com/go/storage"
	"example.com/sample/internal/config"
	"example.com/sample/internal/handlers"
	"example.com/sample/internal/notify"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

var (
	topic    *pubsub.Topic
	requests int // per-instance state, written by concurrent requests

	archiveClient *storage.Client
	archiveOnce   sync.Once
)

func init() {
	client, err := pubsub.NewClient(context.Background(), "my-project")
	if err != nil {
		log.Fatalf("pubsub.NewClient: %v", err) // fine: a failed cold start
	}
	topic = client.Topic("uploads")

	functions.HTTP("HelloHTTP", helloHTTP)
	functions.HTTP("Status", status)
	functions.HTTP("Thumbnail", thumbnail)
	functions.HTTP("Archive", archive)
	functions.CloudEvent("OnUpload", onUpload)

	// Handlers of another package, and routes served by one function.
	functions.HTTP("Hello", handlers.Hello)
	api := http.NewServeMux()
	api.HandleFunc("/items", handlers.Items)
	api.HandleFunc("/stats", stats)
	functions.HTTP("API", api.ServeHTTP)
}

func stats(w http.ResponseWriter, r *http.Request) {
	requests++
	fmt.Fprintf(w, "%d requests", requests)
}

type greeting struct {
	Name string `json:"name"`
}

// helloHTTP greets the caller.
func helloHTTP(w http.ResponseWriter, r *http.Request) {
	var g greeting
	if err := json.NewDecoder(r.Body).Decode(&g); err != nil {
		log.Fatalf("decode: %v", err) // exits the instance
	}
	requests++                    // a data race between concurrent requests
	go audit(r.Context(), g.Name) // runs after the response, without CPU
	fmt.Fprintf(w, "Hello, %s!", g.Name)
}

func audit(ctx context.Context, name string) {
	log.Printf("greeted %s", name)
}

// status reports the service status.
func status(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		log.Printf("status: method %s", r.Method)
		return // the caller gets an empty 200 OK
	}
	fmt.Fprintln(w, "ok")
}

// thumbnail stores a resized copy of the uploaded image.
func thumbnail(w http.ResponseWriter, r *http.Request) {
	client, err := storage.NewClient(r.Context()) // a new client on every request
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer client.Close()
	tmp, err := os.CreateTemp("", "thumb-*") // never removed: fills instance memory
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer tmp.Close()
	io.Copy(tmp, r.Body)
	if err := notify.Email("ops@example.com", "thumbnail stored"); err != nil { // port 25 is blocked
		log.Printf("notify: %v", err)
	}
	w.WriteHeader(http.StatusCreated)
}

// archive copies an object to the archive bucket, with the lazy client of
// the platform's own sample, failure and all.
func archive(w http.ResponseWriter, r *http.Request) {
	archiveOnce.Do(func() {
		var err error
		archiveClient, err = storage.NewClient(context.Background())
		if err != nil {
			http.Error(w, "Internal error", http.StatusInternalServerError)
			log.Printf("storage.NewClient: %v", err)
			return
		}
	})
	_ = archiveClient.Bucket("archive")
	w.WriteHeader(http.StatusOK)
}

// onUpload forwards a storage event.
func onUpload(ctx context.Context, e event.Event) error {
	bucket := config.MustEnv("BUCKET")                                         // exits through a helper
	topic.Publish(ctx, &pubsub.Message{Data: []byte(bucket + "/" + e.Type())}) // never awaited
	notify.Async(e.Type())                                                     // starts a goroutine
	return nil
}
