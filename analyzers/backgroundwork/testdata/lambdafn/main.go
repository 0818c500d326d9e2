// Command lambdafn is a Lambda function that leaves work running after
// its handler returns: Lambda freezes the execution environment then.
package main

import (
	"context"
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
	worker.Start() // want `^handler calls worker.Start, which starts a goroutine that outlives the invocation; Lambda freezes the execution environment when the handler returns, so the work resumes, if at all, in a later invocation`
	return nil
}

func audit(ev events.SQSEvent) {}

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
