// Package httpfn declares HTTP functions that start background work.
package httpfn

import (
	"context"
	"io"
	"net/http"
	"sync"
	"time"

	"cloud.google.com/go/pubsub"
	pubsubv2 "cloud.google.com/go/pubsub/v2"
	"example.com/bg/worker"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"golang.org/x/sync/errgroup"
)

var (
	topic     *pubsub.Topic
	publisher *pubsubv2.Publisher
)

func init() {
	functions.HTTP("Fire", fire)
	functions.HTTP("Joined", joined)
	functions.HTTP("Escape", escape)
	functions.HTTP("Timers", timers)
	functions.HTTP("Publish", publish)
	functions.HTTP("Helpers", helpers)
}

func audit(r *http.Request) {}

func fire(w http.ResponseWriter, r *http.Request) {
	go audit(r) // want `goroutine outlives the invocation: fire returns without waiting for it`
	go func() { // want `goroutine outlives the invocation`
		audit(r)
	}()
	var wg sync.WaitGroup
	wg.Go(func() { audit(r) }) // want `\(\*sync.WaitGroup\).Go goroutine outlives the invocation`
	g, _ := errgroup.WithContext(r.Context())
	g.Go(func() error { return nil }) // want `\(\*errgroup.Group\).Go goroutine outlives the invocation`
	w.WriteHeader(http.StatusAccepted)
}

func joined(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() { // ok: waited for after the loop
			defer wg.Done()
			audit(r)
		}()
	}
	wg.Wait()

	var wg2 sync.WaitGroup
	wg2.Go(func() { audit(r) }) // ok: Wait below
	defer wg2.Wait()

	g, ctx := errgroup.WithContext(r.Context())
	g.Go(func() error { return ctx.Err() }) // ok: Wait below
	if err := g.Wait(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	done := make(chan struct{})
	go func() { // ok: done channel
		defer close(done)
		audit(r)
	}()
	<-done

	results := make(chan int)
	for i := range 3 {
		go func() { results <- i }() // ok: results are received
	}
	sum := 0
	for range 3 {
		sum += <-results
	}

	errc := make(chan error, 1)
	go func() { errc <- nil }() // want `goroutine outlives the invocation on the path through the end of the function at line 96`
	select {
	case err := <-errc:
		_ = err
	case <-time.After(time.Second): // abandons the goroutine
	}

	var wg3 sync.WaitGroup
	worker.Spawn(&wg3) // ok: the group is waited for here
	wg3.Wait()
	w.WriteHeader(http.StatusOK)
}

func escape(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // want `goroutine outlives the invocation on the path through the return at line 107 of escape: wait for it before every return`
		defer wg.Done()
		audit(r)
	}()
	if r.Method != http.MethodPost {
		http.Error(w, "method", http.StatusMethodNotAllowed)
		return
	}
	wg.Wait()
}

func timers(w http.ResponseWriter, r *http.Request) {
	time.AfterFunc(time.Second, func() { audit(r) })      // want `time.AfterFunc callback outlives the invocation`
	t := time.AfterFunc(time.Second, func() { audit(r) }) // ok: stopped
	defer t.Stop()
	stop := context.AfterFunc(r.Context(), func() { audit(r) }) // want `context.AfterFunc callback outlives the invocation`
	_ = stop
	stop2 := context.AfterFunc(r.Context(), func() { audit(r) }) // ok: stopped
	defer stop2()
}

func publish(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	topic.Publish(ctx, &pubsub.Message{Data: []byte("x")}) // want `result of \(\*pubsub.Topic\).Publish outlives the invocation.*call Get on the result`
	_ = publisher.Publish(ctx, &pubsubv2.Message{})        // want `result of \(\*pubsub.Publisher\).Publish outlives the invocation`

	res := topic.Publish(ctx, &pubsub.Message{}) // ok: awaited
	if _, err := res.Get(ctx); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	var all []*pubsub.PublishResult
	for range 2 {
		all = append(all, topic.Publish(ctx, &pubsub.Message{})) // ok: gathered and awaited
	}
	for _, r := range all {
		r.Get(ctx)
	}

	early := topic.Publish(ctx, &pubsub.Message{}) // want `result of \(\*pubsub.Topic\).Publish outlives the invocation on the path through the return at line 143`
	if r.Method == "" {
		return
	}
	early.Get(ctx)
}

func helpers(w http.ResponseWriter, r *http.Request) {
	worker.Start() // want `^helpers calls worker.Start, which starts a goroutine that outlives the invocation; the instance gets no CPU after the function returns; make worker.Start wait for it before returning, or return a way to wait for it`
	worker.Kick()  // want `calls worker.Kick, which calls worker.Start, which starts a goroutine`
	worker.Run()   // ok: joins its goroutine
	local()
}

func local() {
	go audit(nil) // want `goroutine outlives the invocation: local returns without waiting for it`
}

func unreached() {
	go audit(nil) // ok: not function code
}

func init() {
	functions.HTTP("Pipe", pipe)
}

func pipe(w http.ResponseWriter, r *http.Request) {
	pr, pw := io.Pipe()
	go func() { // ok: the handler reads the pipe to its end
		defer pw.Close()
		pw.Write([]byte("streamed"))
	}()
	io.Copy(w, pr)

	pr2, pw2 := io.Pipe()
	go func() { // want `goroutine outlives the invocation`
		defer pw2.Close()
		pw2.Write([]byte("never read"))
	}()
	_ = pr2
}
