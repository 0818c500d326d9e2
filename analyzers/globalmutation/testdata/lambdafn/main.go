// Command lambdafn is a Lambda function that writes globals from its
// handler: on Lambda the harm is state leaking into the next invocation,
// and a data race on Lambda Managed Instances.
package main

import (
	"context"
	"sync"

	"example.com/gm/config"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var (
	seen    = map[string]bool{}
	count   int
	mu      sync.Mutex
	guarded int
	table   map[string]string
)

func handler(ctx context.Context, ev events.SQSEvent) error {
	for _, rec := range ev.Records {
		seen[rec.MessageId] = true // want `write to package-level variable main.seen without synchronization in handler: on Lambda it leaks into the next invocation of the execution environment, other environments never see it, and on Lambda Managed Instances, which run up to AWS_LAMBDA_MAX_CONCURRENCY invocations at once in one process, it is a data race; keep per-invocation state in local variables`
	}
	count++         // want `write to package-level variable main.count without synchronization in handler: on Lambda it leaks into the next invocation`
	config.Set("x") // want `^handler calls config.Set, which writes config.current without synchronization: on Lambda it leaks`
	if table == nil {
		table = map[string]string{} // want `unsynchronized lazy initialization of package-level variable main.table in handler: on Lambda Managed Instances, which run up to AWS_LAMBDA_MAX_CONCURRENCY invocations at once in one process, they race to initialize it \(a default execution environment runs one invocation at a time\); use sync.OnceValues`
	}
	mu.Lock()
	guarded++ // ok: under the lock
	mu.Unlock()
	local := map[string]bool{}
	local["x"] = true // ok: per invocation
	return nil
}

func main() {
	count = 0 // ok: main is not function code
	lambda.Start(handler)
}
