// Package worker is a helper package of the module.
package worker

import "sync"

// Start starts a goroutine it does not wait for.
func Start() { // want Start:"spawns goroutine"
	go loop()
}

func loop() {}

// Kick calls Start.
func Kick() { // want Kick:"spawns worker.Start -> goroutine"
	Start()
}

// Run waits for its goroutine.
func Run() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		loop()
	}()
	wg.Wait()
}

// Spawn leaves the wait to its caller, who owns the group.
func Spawn(wg *sync.WaitGroup) {
	wg.Add(1)
	go func() { // ok: the group is the caller's
		defer wg.Done()
		loop()
	}()
}

// Poller polls in a goroutine its constructor starts.
type Poller struct{ stop chan struct{} }

// NewPoller starts the poller's goroutine and returns without waiting
// for it.
func NewPoller() *Poller { // want NewPoller:"spawns goroutine"
	p := &Poller{stop: make(chan struct{})}
	go func() {
		<-p.stop
	}()
	return p
}

// Log prints what it is sent; its goroutine only receives.
func Log(lines chan string) { // want Log:"spawns goroutine"
	go func() {
		for l := range lines {
			println(l)
		}
	}()
}

// Lines is what Drain receives.
var Lines = make(chan string)

// Drain receives in a goroutine of a declared function.
func Drain() { // want Drain:"spawns goroutine"
	go drain()
}

func drain() {
	defer println("done")
	for range Lines {
	}
}
