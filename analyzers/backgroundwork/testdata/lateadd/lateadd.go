// Package lateadd declares functions whose goroutines count themselves
// in a sync.WaitGroup from inside.
package lateadd

import (
	"net/http"
	"sync"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Late", late)
	functions.HTTP("Deferred", deferred)
	functions.HTTP("Early", early)
	functions.HTTP("Nested", nested)
	functions.HTTP("Counted", counted)
	functions.HTTP("NoWait", noWait)
	functions.HTTP("Field", field)
}

func send(string) {}

// The goroutine calls Add itself: Wait may find the counter at zero.
func late(w http.ResponseWriter, r *http.Request) {
	events := make(chan string)
	var wg sync.WaitGroup
	go func() {
		wg.Add(1) // want `wg.Add is called inside the goroutine it counts, so wg.Wait in late can run before the goroutine has started and return at once, and the goroutine then outlives the invocation: the instance gets no CPU after the function returns; call wg.Add before the go statement`
		for e := range events {
			send(e)
		}
		wg.Done()
	}()
	events <- r.URL.Path
	close(events)
	wg.Wait()
}

// The same with a deferred Done, two goroutines.
func deferred(w http.ResponseWriter, r *http.Request) {
	wg := sync.WaitGroup{}
	for _, p := range []string{"a", "b"} {
		go func() {
			wg.Add(1) // want `wg.Add is called inside the goroutine it counts`
			defer wg.Done()
			send(p)
		}()
	}
	wg.Wait()
}

// The Add before the go statement counts the goroutine.
func early(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		send(r.URL.Path)
	}()
	wg.Wait()
}

// A goroutine counted before it starts counts the goroutine it starts
// before starting it: an Add inside a goroutine, for another.
func nested(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // ok: counted by the Add above
		defer wg.Done()
		wg.Add(1)
		go func() {
			defer wg.Done()
			send(r.URL.Path)
		}()
	}()
	wg.Wait()
}

// An Add elsewhere in the function may be the one that counts the
// goroutine: nothing is said.
func counted(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		send("first")
	}()
	go func() {
		wg.Add(1) // ok: a blind spot, another Add on the group in the function
		defer wg.Done()
		send("second")
	}()
	wg.Wait()
}

// No Wait on the group: the go statement is what is reported.
func noWait(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	go func() { // want `goroutine outlives the invocation`
		wg.Add(1)
		defer wg.Done()
		send(r.URL.Path)
	}()
}

type server struct{ wg sync.WaitGroup }

var srv server

// A group that is not the function's own: the wait is assumed to be
// elsewhere.
func field(w http.ResponseWriter, r *http.Request) {
	go func() {
		srv.wg.Add(1) // ok: a group in a field, a blind spot
		defer srv.wg.Done()
		send(r.URL.Path)
	}()
	srv.wg.Wait()
}
