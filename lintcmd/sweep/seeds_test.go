package sweep

import "strings"

// extraSeeds are seeds of FuzzAnalyze that the analyzer testdata lacks:
// the registration shapes the execution model must take apart, the
// execution shapes of issue 12, and code as it looks while being typed.
// A crasher found by fuzzing goes under testdata/fuzz with its fix.
var extraSeeds = []string{
	// A plain functions.HTTP registration.
	`package fn

import (
	"fmt"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Hello", hello)
}

func hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
`,
	// A wrapped registration.
	`package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("H", withCORS(handle))
}

func withCORS(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		next(w, r)
	}
}

func handle(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}
`,
	// An undeclared identifier as the registered function.
	`package fn

import "github.com/GoogleCloudPlatform/functions-framework-go/functions"

func init() {
	functions.HTTP("H", handle)
}
`,
	// An undeclared identifier among the arguments of a registration.
	`package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP(name, func(w http.ResponseWriter, r *http.Request) {
		w.Write(undefined)
	})
}
`,
	// A CloudEvent function and a method value registered.
	`package fn

import (
	"context"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

type server struct{ name string }

func (s *server) receive(ctx context.Context, e event.Event) error {
	if e.Type() == "" {
		panic("no type")
	}
	return nil
}

func init() {
	s := &server{}
	functions.CloudEvent("E", s.receive)
}
`,
	// lambda.Start in main.
	`package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

type event struct{ Name string }

func handler(ctx context.Context, e event) (string, error) {
	if e.Name == "" {
		log.Fatal("no name")
	}
	return "hello " + e.Name, nil
}

func main() {
	if os.Getenv("LOCAL") != "" {
		os.Exit(0)
	}
	lambda.Start(handler)
}
`,
	// sync.OnceValues, the recommended lazy client, and sync.OnceFunc
	// starting a goroutine.
	`package fn

import (
	"context"
	"net/http"
	"sync"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var client = sync.OnceValues(func() (*storage.Client, error) {
	return storage.NewClient(context.Background())
})

var startWatcher = sync.OnceFunc(func() {
	go func() {
		for {
		}
	}()
})

func init() {
	functions.HTTP("Read", read)
	functions.HTTP("Ping", ping)
}

func read(w http.ResponseWriter, r *http.Request) {
	startWatcher()
	c, err := client()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = c.Bucket("b")
	w.WriteHeader(http.StatusOK)
}

func ping(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }
`,
	// go statements: abandoned, awaited, the future pattern, a timeout
	// branch, a WaitGroup, time.AfterFunc and errgroup.
	`package fn

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"golang.org/x/sync/errgroup"
)

var (
	mu    sync.Mutex
	count int
	cache = map[string]string{}
)

func init() { functions.HTTP("Go", handle) }

func work() { count++ }

func future() <-chan int {
	c := make(chan int, 1)
	go func() { c <- 1 }()
	return c
}

func handle(w http.ResponseWriter, r *http.Request) {
	go work()
	done := make(chan struct{})
	go func() {
		defer close(done)
		work()
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
	}
	mu.Lock()
	go func() { cache["k"] = "v" }()
	mu.Unlock()
	var wg sync.WaitGroup
	wg.Go(work)
	wg.Wait()
	time.AfterFunc(time.Second, work)
	g, _ := errgroup.WithContext(context.Background())
	g.Go(func() error { clear(cache); return nil })
	_ = g.Wait()
	<-future()
	w.WriteHeader(http.StatusOK)
}
`,
	// Generics, a method of a generic type and a recovering defer.
	`package fn

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

type box[T any] struct{ v T }

func (b *box[T]) must(ok bool) T {
	if !ok {
		log.Fatal("not ok")
	}
	return b.v
}

func recoverAll() { _ = recover() }

var global []int

func init() { functions.HTTP("G", handle) }

func handle(w http.ResponseWriter, r *http.Request) {
	b := &box[int]{v: 1}
	go func() {
		defer recoverAll()
		copy(global, []int{b.must(true)})
	}()
	w.WriteHeader(http.StatusOK)
}
`,
	// Half-typed code: a selector and a statement not finished.
	`package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("H", handle)
}

func handle(w http.ResponseWriter, r *http.Request) {
	w.
	x :=
}
`,
	// Half-typed code: a registration call not closed, a body not
	// closed.
	`package fn

import (
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("H", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			os.Exit(
`,
	// Half-typed code: a function literal whose parameters are being
	// typed, an import not yet used and one not yet known.
	`package fn

import (
	"log"
	"net/http"
	"example.com/notyet"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("H", func(w http.ResponseWriter, r *http.) {
		notyet.Do(w)
	})
}
`,
	// Half-typed code: a go statement of an undeclared function, with
	// a channel argument, and a route on an undeclared router.
	`package fn

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	mux.HandleFunc("/a", handle)
	functions.HTTP("H", mux.ServeHTTP)
}

func handle(w http.ResponseWriter, r *http.Request) {
	ch := make(chan int)
	go notyet(ch)
	<-ch
}
`,
	// Exits whose fixes replace, delete and add lines and imports
	// after //line directives (templ, goyacc, oapi-codegen write them):
	// past the end of the file, one line off, backwards, and the block
	// form inside a line (issue 24: the layout of a fix read the
	// directive's line numbers).
	`package fn

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { functions.HTTP("H", Handle); functions.CloudEvent("E", On) }

func Handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
//line x.tmpl:100
	log.Fatalf("no path %d", 1) // exits the instance
		os.Exit(2)
	}
	w.Write(nil)
	if r.Method == "" {
		log.Fatal("x"); return
	}
//line x.tmpl:24
	log.Fatal("end")
}

func On(ctx context.Context, ev event.Event) error {
	if ev.Type() == "" {
		log.Fatal("no type", 2)
	}
	return nil
}
`,
	`package fn

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { functions.HTTP("H", Handle); functions.CloudEvent("E", On) }

func Handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
//line gen.go:1
	log.Fatalf("no path %d", 1) // exits the instance
		os.Exit(2)
	}
	w.Write(nil)
	if r.Method == "" {
		log.Fatal("x"); return
	}
/*line gen.go:3*/	log.Fatal("end")
}

func On(ctx context.Context, ev event.Event) error {
	if ev.Type() == "" {
		log.Fatal("no type", 2)
	}
	return nil
}
`,
	// The same file as generated code, which the fixes do not edit
	// but the analyzers still read.
	// tmpfile's fix (a defer after the error check) under directives.
	`package fn

import (
	"io"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("Upload", upload) }

func upload(w http.ResponseWriter, r *http.Request) {
//line upload.tmpl:90
	f, err := os.CreateTemp("", "upload-*")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}
`,
	`package fn

import (
	"io"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("Upload", upload) }

func upload(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "upload-*")
//line upload.tmpl:2
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}
`,
	`// Code generated by templ - DO NOT EDIT.

package fn

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { functions.HTTP("H", Handle); functions.CloudEvent("E", On) }

func Handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
//line x.tmpl:5
	log.Fatalf("no path %d", 1) // exits the instance
		os.Exit(2)
	}
	w.Write(nil)
	if r.Method == "" {
		log.Fatal("x"); return
	}
	log.Fatal("end")
}

func On(ctx context.Context, ev event.Event) error {
	if ev.Type() == "" {
		log.Fatal("no type", 2)
	}
	return nil
}
`,
}

// crlfSeeds are seeds with CRLF line endings, whose fixes must keep
// each line's carriage return: written with \r\n here, as gofmt would
// remove the carriage returns of a raw string.
var crlfSeeds = []string{
	strings.ReplaceAll(`package fn

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { functions.HTTP("H", Handle); functions.CloudEvent("E", On) }

func Handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
	log.Fatalf("no path %d", 1) // exits the instance
		os.Exit(2)
	}
	w.Write(nil)
	if r.Method == "" {
		log.Fatal("x"); return
	}
	log.Fatal("end")
}

func On(ctx context.Context, ev event.Event) error {
	if ev.Type() == "" {
		log.Fatal("no type", 2)
	}
	return nil
}
`, "\n", "\r\n"),
	strings.ReplaceAll(`package fn

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { functions.HTTP("H", Handle); functions.CloudEvent("E", On) }

func Handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
//line x.tmpl:100
	log.Fatalf("no path %d", 1) // exits the instance
		os.Exit(2)
	}
	w.Write(nil)
	if r.Method == "" {
		log.Fatal("x"); return
	}
	log.Fatal("end")
}

func On(ctx context.Context, ev event.Event) error {
	if ev.Type() == "" {
		log.Fatal("no type", 2)
	}
	return nil
}
`, "\n", "\r\n"),
}
