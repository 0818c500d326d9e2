// Package fns initializes clients lazily, some of them badly.
package fns

import (
	"context"
	"log"
	"net/http"
	"sync"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var (
	client     *storage.Client
	clientOnce sync.Once

	client2 *storage.Client
	once2   sync.Once

	client3 *storage.Client
	err3    error
	once3   sync.Once

	client4 *storage.Client
	once4   sync.Once

	once5 sync.Once
	once6 sync.Once
	ready bool

	onceSetup, onceInit, onceFine, onceDeep sync.Once
)

func init() {
	functions.HTTP("Sample", sample)
	functions.HTTP("Others", others)
	functions.HTTP("Wrapped", wrapped)
}

// sample has the shape of the platform's own Go sample.
func sample(w http.ResponseWriter, r *http.Request) {
	clientOnce.Do(func() { // want `once.Do caches a failure: the error of storage.NewClient is handled only inside the function, so client stays unset for every later invocation on this instance and Do never runs again; use sync.OnceValues`
		var err error
		client, err = storage.NewClient(context.Background())
		if err != nil {
			http.Error(w, "Internal error", http.StatusInternalServerError)
			log.Printf("storage.NewClient: %v", err)
			return
		}
	})
	w.WriteHeader(http.StatusOK)
}

func others(w http.ResponseWriter, r *http.Request) {
	once2.Do(func() { // want `once.Do caches a failure: a panic inside the function marks it done, so client2 stays unset`
		c, err := storage.NewClient(context.Background())
		if err != nil {
			panic(err)
		}
		client2 = c
	})
	once3.Do(func() { // ok: the error is kept for every caller
		client3, err3 = storage.NewClient(context.Background())
	})
	if err3 != nil {
		http.Error(w, err3.Error(), http.StatusInternalServerError)
		return
	}
	once4.Do(initClient4) // want `once.Do caches a failure: the error of storage.NewClient is handled only inside the function, so client4 stays unset`
	once5.Do(func() {     // ok: nothing can fail
		ready = true
	})
	once6.Do(func() { // ok: the error is copied out
		c, err := storage.NewClient(context.Background())
		client4, err3 = c, err
	})
	w.WriteHeader(http.StatusOK)
}

func initClient4() {
	c, err := storage.NewClient(context.Background())
	if err != nil {
		log.Print(err)
		return
	}
	client4 = c
}

// wrapped gives Do literals that only call a function of the package.
func wrapped(w http.ResponseWriter, r *http.Request) {
	onceSetup.Do(func() { // want `once.Do caches a failure: a panic inside setup, which the function calls, marks it done, so client2 stays unset for every later invocation on this instance`
		setup()
	})
	onceInit.Do(func() { // want `once.Do caches a failure: the error of storage.NewClient is handled only inside initClient4, which the function calls, so client4 stays unset`
		initClient4()
	})
	onceFine.Do(func() { // ok: the callee cannot fail
		markReady()
	})
	onceDeep.Do(func() { // ok: a blind spot, the panic is two calls down
		setupAll()
	})
	w.WriteHeader(http.StatusOK)
}

// setup panics on error instead of exiting.
func setup() {
	c, err := storage.NewClient(context.Background())
	if err != nil {
		panic(err)
	}
	client2 = c
}

func markReady() { ready = true }

func setupAll() { setup() }
