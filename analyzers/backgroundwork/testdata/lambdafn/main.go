// Command lambdafn is a Lambda function that leaves work running after
// its handler returns: Lambda freezes the execution environment then.
package main

import (
	"context"
	"strings"
	"sync"
	"time"

	"example.com/bg/worker"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func init() {
	go refresh() // want `goroutine started at cold start in init runs outside any invocation: Lambda freezes the execution environment between invocations, so it runs only in pieces, inside later invocations \(on Lambda Managed Instances, which are not frozen, it keeps running beside later invocations instead\); start it inside the handler and wait for it`
}

func refresh() {
	for range time.Tick(time.Minute) {
	}
}

func handler(ctx context.Context, ev events.SQSEvent) error {
	go audit(ev) // want `goroutine outlives the invocation: handler returns without waiting for it, and Lambda freezes the execution environment when the handler returns, so the work resumes, if at all, in a later invocation \(on Lambda Managed Instances, which are not frozen, it keeps running beside later invocations instead\); wait for it with a sync.WaitGroup or errgroup`
	var wg sync.WaitGroup
	wg.Go(func() { audit(ev) }) // ok: waited for below
	wg.Wait()
	_ = lines(ev, strings.ToUpper)
	_ = leakyLines(ev, strings.ToUpper)
	worker.Start() // want `^handler calls worker.Start, which starts a goroutine that outlives the invocation; Lambda freezes the execution environment when the handler returns, so the work resumes, if at all, in a later invocation`
	return nil
}

func audit(ev events.SQSEvent) {}

// lines runs a pipeline: the producer feeds the channel that the mapper
// consumes, and the handler drains the mapper's output until the mapper
// closes it; the mapper is joined, and the producer through it.
func lines(ev events.SQSEvent, f func(string) string) []string {
	in := make(chan string)
	out := make(chan string)
	go func() { // ok: its channel is handed to the mapper, which is joined
		for _, r := range ev.Records {
			in <- r.Body
		}
		close(in)
	}()
	go func() { // ok: ranged over until closed
		mapAll(in, out, f)
		close(out)
	}()
	var res []string
	for l := range out {
		res = append(res, l)
	}
	return res
}

func mapAll(in <-chan string, out chan<- string, f func(string) string) {
	for l := range in {
		out <- f(l)
	}
}

// leakyLines returns without reading the mapper's output: neither
// goroutine is joined.
func leakyLines(ev events.SQSEvent, f func(string) string) int {
	in := make(chan string)
	out := make(chan string)
	go func() { // want `goroutine outlives the invocation: leakyLines returns without waiting for it`
		for _, r := range ev.Records {
			in <- r.Body
		}
		close(in)
	}()
	go func() { // want `goroutine outlives the invocation: leakyLines returns without waiting for it`
		mapAll(in, out, f)
		close(out)
	}()
	return len(ev.Records)
}

// main runs at cold start, in the init phase, and lambda.Start never
// returns: the goroutine keeps running beside the runtime, frozen
// between invocations, as one started in init does.
func main() {
	go refresh() // want `goroutine started at cold start in main runs outside any invocation: Lambda freezes the execution environment between invocations`
	var wg sync.WaitGroup
	wg.Go(warm) // ok: joined before lambda.Start
	wg.Wait()
	lambda.Start(handler)
}

func warm() {}
