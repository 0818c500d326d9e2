// Package coldstart starts work during initialization.
package coldstart

import (
	"net/http"
	"sync"
	"time"

	"example.com/bg/worker"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var ticker = startTicker()

func startTicker() *time.Ticker {
	t := time.NewTicker(time.Minute)
	go func() { // want `goroutine started at cold start in startTicker runs outside any invocation`
		for range t.C {
		}
	}()
	return t
}

var warm = func() int {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done() }() // ok: joined during initialization
	wg.Wait()
	return 1
}()

func init() {
	go refresh() // want `goroutine started at cold start in init runs outside any invocation`
	go func() { // ok: a consumer of what function code sends
		for v := range results {
			println(v)
		}
	}()
	go func() { // want `goroutine started at cold start in init runs outside any invocation`
		for range time.Tick(time.Minute) {
		}
	}()
	functions.HTTP("H", handle)
}

func refresh() {}

var results = make(chan int, 1)

func handle(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

var poller = worker.NewPoller() // want `^the package-level initializers call worker.NewPoller, which starts a goroutine at cold start that runs outside any invocation and gets no CPU between invocations; start it inside the function and wait for it, or make worker.NewPoller wait for it`
