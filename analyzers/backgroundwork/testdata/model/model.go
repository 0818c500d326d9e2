// Package model holds the cases of the execution model: when the code
// that starts a goroutine runs.
package model

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Lazy", lazy)
	functions.HTTP("Future", future)
	functions.HTTP("Timeout", timeout)
}

// startWatcher runs once, in the first invocation that calls it: the
// goroutine is started by an invocation, not at cold start.
var startWatcher = sync.OnceFunc(func() {
	go watch() // want `goroutine outlives the invocation: a function literal returns without waiting for it`
})

func watch() {}

func lazy(w http.ResponseWriter, r *http.Request) {
	startWatcher()
	w.WriteHeader(http.StatusNoContent)
}

// async returns the channel its goroutine reports on: the caller waits.
func async() <-chan int {
	ch := make(chan int, 1)
	go func() { ch <- 42 }() // ok: the result channel is handed to the caller
	return ch
}

func future(w http.ResponseWriter, r *http.Request) {
	v := <-async()
	_ = v
	w.WriteHeader(http.StatusNoContent)
}

func timeout(w http.ResponseWriter, r *http.Request) {
	done := make(chan struct{})
	go func() { // want `goroutine outlives the invocation on the path through the return at line 56`
		watch()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
		http.Error(w, "timeout", http.StatusGatewayTimeout)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// merge cancels its context when it returns: the goroutine waiting on
// ctx.Done() ends with it.
func merge(r *http.Request, done <-chan struct{}) {
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	go func() { // ok: ends when merge's deferred cancel runs
		select {
		case <-done:
			cancel()
		case <-ctx.Done():
		}
	}()
	watch()
}

// leak never cancels the context its goroutine waits on.
func leak(r *http.Request) {
	ctx, cancel := context.WithCancel(r.Context())
	_ = cancel
	go func() { // want `goroutine outlives the invocation`
		<-ctx.Done()
	}()
}

func merged(w http.ResponseWriter, r *http.Request) {
	merge(r, nil)
	leak(r)
	w.WriteHeader(http.StatusNoContent)
}

func init() { functions.HTTP("Merged", merged) }
