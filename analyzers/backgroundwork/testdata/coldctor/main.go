// Command coldctor is a Lambda function whose cold start calls helpers
// of another package of its module that start goroutines.
package main

import (
	"context"
	"sync"

	"example.com/bg/worker"
	"github.com/aws/aws-lambda-go/lambda"
)

var poller = worker.NewPoller() // want `^the package-level initializers call worker.NewPoller, which starts a goroutine at cold start that runs outside any invocation: Lambda freezes the execution environment between invocations, so it runs only in pieces, inside later invocations \(on Lambda Managed Instances, which are not frozen, it keeps running beside later invocations instead\); start it inside the handler and wait for it, or make worker.NewPoller wait for it`

func init() {
	worker.Start()    // want `^init calls worker.Start, which starts a goroutine at cold start that runs outside any invocation: Lambda freezes`
	worker.Run()      // ok: Run waits for its goroutine
	worker.Log(lines) // ok: its goroutine only receives what function code sends
	worker.Drain()    // ok: likewise, through a declared function
	var wg sync.WaitGroup
	worker.Spawn(&wg) // ok: the group is waited for here
	wg.Wait()
}

var lines = make(chan string)

func handler(ctx context.Context) error {
	worker.Log(lines) // want `calls worker.Log, which starts a goroutine that outlives the invocation`
	lines <- "invoked"
	return nil
}

func main() {
	worker.Kick() // want `^main calls worker.Kick, which calls worker.Start, which starts a goroutine at cold start`
	lambda.Start(handler)
}
