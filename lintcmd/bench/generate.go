//go:build linux

package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"text/template"
)

// The generated module's direct requirements: the libraries real
// Cloud Run functions use. go mod tidy adds their dependencies through
// the module proxy.
var requirements = []string{
	"cloud.google.com/go/firestore v1.29.2",
	"cloud.google.com/go/pubsub/v2 v2.8.1",
	"cloud.google.com/go/storage v1.70.0",
	"github.com/GoogleCloudPlatform/functions-framework-go v1.9.2",
	"github.com/cloudevents/sdk-go/v2 v2.16.2",
}

const modulePath = "example.com/fnbench"

// generate writes a module of n function packages into dir, with its
// dependencies resolved (go mod tidy, which may use the module proxy).
// Each package under functions/ declares an HTTP and a CloudEvent
// function that use Cloud Storage, Firestore and Pub/Sub through a
// shared internal package and local helpers; a fixed fraction of them
// make one of the mistakes fnlint reports, so the analyzers do real work.
func generate(dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var mod bytes.Buffer
	fmt.Fprintf(&mod, "module %s\n\ngo 1.25\n\nrequire (\n", modulePath)
	for _, r := range requirements {
		fmt.Fprintf(&mod, "\t%s\n", r)
	}
	mod.WriteString(")\n")
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), mod.Bytes(), 0o644); err != nil {
		return err
	}
	if err := writeGo(filepath.Join(dir, "internal", "shared", "shared.go"), sharedSrc, nil); err != nil {
		return err
	}
	for i := range n {
		d := funcData{Pkg: fmt.Sprintf("fn%03d", i), Name: fmt.Sprintf("F%03d", i), I: i}
		// One mistake in about one package out of three, of each kind.
		switch {
		case i%5 == 1:
			d.Exit = true
		case i%7 == 2:
			d.ClientPerRequest = true
		case i%11 == 3:
			d.Goroutine = true
		case i%13 == 4:
			d.NoResponse = true
		case i%17 == 5:
			d.GlobalWrite = true
		}
		pkgDir := filepath.Join(dir, "functions", d.Pkg)
		if err := writeGo(filepath.Join(pkgDir, "function.go"), functionSrc, d); err != nil {
			return err
		}
		if err := writeGo(filepath.Join(pkgDir, "helpers.go"), helpersSrc, d); err != nil {
			return err
		}
	}
	tidy := exec.Command("go", "mod", "tidy")
	tidy.Dir = dir
	tidy.Stderr = os.Stderr
	if err := tidy.Run(); err != nil {
		return fmt.Errorf("go mod tidy in %s: %w", dir, err)
	}
	return nil
}

type funcData struct {
	Pkg, Name                                                  string
	I                                                          int
	Exit, ClientPerRequest, Goroutine, NoResponse, GlobalWrite bool
}

func writeGo(path, tmpl string, data any) error {
	var buf bytes.Buffer
	if err := template.Must(template.New(path).Parse(tmpl)).Execute(&buf, data); err != nil {
		return err
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		return fmt.Errorf("generated %s does not parse: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

const sharedSrc = `// Package shared holds the clients and helpers every function uses.
package shared

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"sync"

	"cloud.google.com/go/firestore"
	"cloud.google.com/go/pubsub/v2"
	"cloud.google.com/go/storage"
)

// ProjectID is the project the functions run in.
var ProjectID = os.Getenv("GOOGLE_CLOUD_PROJECT")

var (
	storageOnce   sync.Once
	storageClient *storage.Client
	storageErr    error

	firestoreMu     sync.Mutex
	firestoreClient *firestore.Client

	pubsubOnce   sync.Once
	pubsubClient *pubsub.Client
	pubsubErr    error
)

// Storage returns the Cloud Storage client, created on first use.
func Storage(ctx context.Context) (*storage.Client, error) {
	storageOnce.Do(func() {
		storageClient, storageErr = storage.NewClient(context.Background())
	})
	return storageClient, storageErr
}

// Firestore returns the Firestore client, created on first use; a
// failure is retried on the next call.
func Firestore(ctx context.Context) (*firestore.Client, error) {
	firestoreMu.Lock()
	defer firestoreMu.Unlock()
	if firestoreClient != nil {
		return firestoreClient, nil
	}
	c, err := firestore.NewClient(context.Background(), ProjectID)
	if err != nil {
		return nil, fmt.Errorf("firestore: %w", err)
	}
	firestoreClient = c
	return c, nil
}

// Publish sends data to topic and waits for the server's answer.
func Publish(ctx context.Context, topic string, data []byte) (string, error) {
	pubsubOnce.Do(func() {
		pubsubClient, pubsubErr = pubsub.NewClient(context.Background(), ProjectID)
	})
	if pubsubErr != nil {
		return "", pubsubErr
	}
	res := pubsubClient.Publisher(topic).Publish(ctx, &pubsub.Message{Data: data})
	return res.Get(ctx)
}

// WriteJSON writes v as the JSON response with the given status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		slog.Error("encoding response", "err", err)
	}
}

// Fail writes an error response.
func Fail(w http.ResponseWriter, status int, err error) {
	slog.Warn("request failed", "status", status, "err", err)
	http.Error(w, err.Error(), status)
}

// MessagePublishedData is the payload of a Pub/Sub CloudEvent.
type MessagePublishedData struct {
	Message struct {
		Data       []byte            ` + "`json:\"data\"`" + `
		Attributes map[string]string ` + "`json:\"attributes\"`" + `
		ID         string            ` + "`json:\"messageId\"`" + `
	} ` + "`json:\"message\"`" + `
	Subscription string ` + "`json:\"subscription\"`" + `
}
`

const functionSrc = `// Package {{.Pkg}} declares the functions {{.Name}}Upload and {{.Name}}Event.
package {{.Pkg}}

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"time"

	"cloud.google.com/go/firestore"
	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"

	"{{"example.com/fnbench/internal/shared"}}"
)

func init() {
	functions.HTTP("{{.Name}}Upload", upload)
	functions.CloudEvent("{{.Name}}Event", onMessage)
}

var bucket = os.Getenv("BUCKET_{{.I}}")
{{if .GlobalWrite}}
var uploads = map[string]int{}
{{end}}
type request struct {
	Name    string            ` + "`json:\"name\"`" + `
	Content string            ` + "`json:\"content\"`" + `
	Labels  map[string]string ` + "`json:\"labels\"`" + `
}

func upload(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var req request
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil {
		shared.Fail(w, http.StatusBadRequest, err)
		return
	}
	if err := validate(req); err != nil {
{{- if .NoResponse}}
		log.Printf("invalid request: %v", err)
		return
{{- else}}
		shared.Fail(w, http.StatusBadRequest, err)
		return
{{- end}}
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
{{- if .ClientPerRequest}}
	client, err := storage.NewClient(ctx)
	if err != nil {
		shared.Fail(w, http.StatusInternalServerError, err)
		return
	}
	defer client.Close()
{{- else}}
	client, err := shared.Storage(ctx)
	if err != nil {
{{- if .Exit}}
		log.Fatalf("storage: %v", err)
{{- else}}
		shared.Fail(w, http.StatusInternalServerError, err)
		return
{{- end}}
	}
{{- end}}
	if err := store(ctx, client.Bucket(bucket).Object(objectName(req)), req); err != nil {
		shared.Fail(w, http.StatusBadGateway, err)
		return
	}
{{- if .GlobalWrite}}
	uploads[req.Name]++
{{- end}}
{{- if .Goroutine}}
	go func() {
		if _, err := shared.Publish(context.Background(), "uploads", []byte(req.Name)); err != nil {
			log.Printf("publish: %v", err)
		}
	}()
{{- end}}
	shared.WriteJSON(w, http.StatusCreated, map[string]string{"object": objectName(req)})
}

func store(ctx context.Context, obj *storage.ObjectHandle, req request) error {
	wc := obj.NewWriter(ctx)
	wc.ContentType = "text/plain"
	wc.Metadata = req.Labels
	if _, err := io.WriteString(wc, transform(req.Content)); err != nil {
		wc.Close()
		return fmt.Errorf("writing %s: %w", req.Name, err)
	}
	return wc.Close()
}

func onMessage(ctx context.Context, e event.Event) error {
	var msg shared.MessagePublishedData
	if err := e.DataAs(&msg); err != nil {
		return fmt.Errorf("event.DataAs: %w", err)
	}
	rec, err := parseRecord(msg.Message.Data)
	if err != nil {
		log.Printf("dropping malformed message %s: %v", msg.Message.ID, err)
		return nil
	}
	db, err := shared.Firestore(ctx)
	if err != nil {
		return err
	}
	doc := db.Collection("{{.Pkg}}").Doc(rec.ID)
	err = db.RunTransaction(ctx, func(ctx context.Context, tx *firestore.Transaction) error {
		snap, err := tx.Get(doc)
		if err != nil && !notFound(err) {
			return err
		}
		count := int64(0)
		if snap != nil && snap.Exists() {
			if v, err := snap.DataAt("count"); err == nil {
				count, _ = v.(int64)
			}
		}
		return tx.Set(doc, map[string]any{"count": count + 1, "last": rec.Value, "updated": time.Now()})
	})
	if err != nil {
		return fmt.Errorf("transaction: %w", err)
	}
	if rec.Forward {
		if _, err := shared.Publish(ctx, "forwarded-{{.I}}", msg.Message.Data); err != nil {
			return err
		}
	}
	return nil
}

var errEmpty = errors.New("empty name")
`

const helpersSrc = `package {{.Pkg}}

import (
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"unicode"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func validate(req request) error {
	if req.Name == "" {
		return errEmpty
	}
	if len(req.Name) > 256 {
		return fmt.Errorf("name too long: %d bytes", len(req.Name))
	}
	for _, r := range req.Name {
		if !unicode.IsPrint(r) || r == '/' {
			return fmt.Errorf("name contains %q", r)
		}
	}
	return nil
}

func objectName(req request) string {
	return path.Join("{{.Pkg}}", strings.ToLower(req.Name))
}

func transform(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		b.WriteString(strings.TrimRightFunc(line, unicode.IsSpace))
		b.WriteByte('\n')
	}
	return b.String()
}

type record struct {
	ID      string  ` + "`json:\"id\"`" + `
	Value   float64 ` + "`json:\"value\"`" + `
	Forward bool    ` + "`json:\"forward\"`" + `
}

func parseRecord(data []byte) (record, error) {
	var rec record
	if err := json.Unmarshal(data, &rec); err != nil {
		return rec, err
	}
	if rec.ID == "" {
		return rec, fmt.Errorf("record without id")
	}
	return rec, nil
}

func notFound(err error) bool {
	return status.Code(err) == codes.NotFound
}
`
