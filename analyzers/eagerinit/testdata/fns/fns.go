// Package fns declares several functions that need different clients.
package fns

import (
	"context"
	"database/sql"
	"html/template"
	"net/http"
	"os"
	"regexp"
	"sync"

	"cloud.google.com/go/pubsub"
	"cloud.google.com/go/storage"
	"example.com/ei/store"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

type server struct{ topic *pubsub.Topic }

var (
	bucket, _ = storage.NewClient(context.Background())     // want `storage.NewClient runs at every cold start to initialize bucket, but entry points Health, Publish never use it; initialize it lazily with sync.OnceValues`
	catalog   = loadCatalog()                               // want `loadCatalog \(it calls os.ReadFile\) runs at every cold start to initialize catalog, but entry points Health, Publish never use it; initialize it lazily with sync.OnceValue$`
	pages     = template.Must(template.ParseGlob("*.html")) // want `template.ParseGlob runs at every cold start to initialize pages, but no entry point uses it`
	archive   = store.MustOpen()                            // want `store.MustOpen \(it calls storage.NewClient\) runs at every cold start to initialize archive, but no entry point uses it`
	shared, _ = pubsub.NewClient(context.Background(), "p") // ok: every entry point uses it
	srv       = &server{topic: mustTopic()}                 // ok: used by Publish's registration and by Upload
	validName = regexp.MustCompile(`^[a-z]+$`)              // ok: cheap
	plain     = &http.Client{}                              // ok: cheap
	pool, _   = sql.Open("postgres", "")                    // ok: sql.Open connects lazily, on first use
	pinged    = mustPing()                                  // want `mustPing \(it calls \(\*sql.DB\).Ping\) runs at every cold start to initialize pinged, but no entry point uses it`
)

func mustPing() *sql.DB {
	db, _ := sql.Open("postgres", "")
	if err := db.Ping(); err != nil {
		panic(err)
	}
	return db
}

var metadata []byte

func init() {
	var err error
	metadata, err = os.ReadFile("meta.json") // want `os.ReadFile runs at every cold start to initialize metadata, but entry points Health, Publish never use it`
	if err != nil {
		panic(err)
	}
	functions.HTTP("Upload", upload)
	functions.HTTP("Publish", srv.publish)
	functions.HTTP("Health", health)
	warm()
}

func loadCatalog() map[string]string {
	data, _ := os.ReadFile("catalog.json")
	return map[string]string{"raw": string(data)}
}

func mustTopic() *pubsub.Topic { return shared.Topic("t") }

func upload(w http.ResponseWriter, r *http.Request) {
	useLazy()
	_ = getWarm()
	_ = bucket.Bucket(catalog["raw"])
	_ = metadata
	_ = srv.topic
	_ = validName
	_ = plain
	_ = shared
	w.WriteHeader(http.StatusOK)
}

func (s *server) publish(w http.ResponseWriter, r *http.Request) {
	s.topic.Publish(r.Context(), &pubsub.Message{})
	_ = shared
	w.WriteHeader(http.StatusOK)
}

func health(w http.ResponseWriter, r *http.Request) {
	_ = shared
	w.WriteHeader(http.StatusOK)
}

// lazyClient is the platform's recommended fix: the client is created by
// the first invocation that calls lazyClient, not at cold start.
var lazyClient = sync.OnceValues(func() (*storage.Client, error) { // ok: lazy
	return storage.NewClient(context.Background())
})

func useLazy() {
	c, err := lazyClient()
	_, _ = c, err
}

// The initializers run setup at cold start, and setup keeps a client in
// a package-level variable no entry point uses: the cold start pays for
// it though no function named init holds the call.
var index *storage.Client

var _ = setup() // ok: keeps nothing itself; what setup keeps is reported there

func setup() bool {
	index, _ = storage.NewClient(context.Background()) // want `storage.NewClient runs at every cold start to initialize index, but no entry point uses it; initialize it lazily with sync.OnceValues`
	return true
}

// warmed is set by warm, which runs at cold start through init and on
// every invocation of Upload through getWarm: a body an entry point
// reaches may be the lazy initialization the rule recommends.
var warmed *storage.Client

func warm() *storage.Client {
	if warmed == nil {
		warmed, _ = storage.NewClient(context.Background()) // ok: warm also runs per invocation (getWarm)
	}
	return warmed
}

func getWarm() *storage.Client { return warm() }

// orphan assigns a client, but nothing runs it: it is no cold-start code.
var orphaned *storage.Client

func orphan() {
	orphaned, _ = storage.NewClient(context.Background()) // ok: not run at cold start
}
