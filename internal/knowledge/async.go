package knowledge

import "go/types"

// joins holds the Keys of the methods that wait for goroutines to
// finish (the documentation of sync.WaitGroup.Wait and
// errgroup.Group.Wait: each blocks until the functions started through
// its receiver have returned).
var joins = map[string]bool{
	"(*sync.WaitGroup).Wait":                   true,
	"(*golang.org/x/sync/errgroup.Group).Wait": true,
}

// spawners holds the Keys of the methods that start their function
// argument on a new goroutine, joined by a joins method of the same
// receiver (the documentation of sync.WaitGroup.Go, Go 1.25, and
// errgroup.Group.Go and TryGo).
var spawners = map[string]bool{
	"(*sync.WaitGroup).Go":                      true,
	"(*golang.org/x/sync/errgroup.Group).Go":    true,
	"(*golang.org/x/sync/errgroup.Group).TryGo": true,
}

// A Callback describes a call that schedules a function to run later on
// another goroutine, and how the schedule is cancelled.
type Callback struct {
	FuncArg int  // index of the scheduled function
	Stop    bool // cancelled by calling Stop on the result (else by calling the result)
}

// callbacks maps the Key of each scheduling call to its description
// (the documentation of time.AfterFunc: f runs in its own goroutine,
// cancelled with the returned Timer's Stop; of context.AfterFunc: f runs
// in its own goroutine after ctx is cancelled, unless the returned stop
// function was called first).
var callbacks = map[string]Callback{
	"time.AfterFunc":    {FuncArg: 1, Stop: true},
	"context.AfterFunc": {FuncArg: 1},
}

// async maps the Key of each method whose result must be awaited before
// the invocation returns to the name of the awaiting method of the
// result (the documentation of the Pub/Sub client's Publish: it
// publishes asynchronously, and the returned result's Get blocks until
// the message is sent or failed).
var async = map[string]string{
	"(*cloud.google.com/go/pubsub.Topic).Publish":        "Get",
	"(*cloud.google.com/go/pubsub/v2.Publisher).Publish": "Get",
}

// IsJoin reports whether fn waits for the goroutines its receiver
// started ((*sync.WaitGroup).Wait, (*errgroup.Group).Wait).
func IsJoin(fn *types.Func) bool { return has(joins, fn) }

// IsSpawner reports whether fn starts its function argument on a new
// goroutine that a join of the same receiver waits for
// ((*sync.WaitGroup).Go, (*errgroup.Group).Go).
func IsSpawner(fn *types.Func) bool { return has(spawners, fn) }

// CallbackOf returns how fn schedules a function to run later on
// another goroutine (time.AfterFunc, context.AfterFunc).
func CallbackOf(fn *types.Func) (Callback, bool) { return lookup(callbacks, fn) }

// AwaitOf returns, when fn's result must be awaited before the
// invocation returns ((*pubsub.Topic).Publish), the name of the method
// of the result that awaits it.
func AwaitOf(fn *types.Func) (string, bool) { return lookup(async, fn) }
