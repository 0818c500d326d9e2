package knowledge

// Joins maps the Key of each method that waits for goroutines to finish.
var Joins = map[string]bool{
	"sync.WaitGroup.Wait":                   true,
	"golang.org/x/sync/errgroup.Group.Wait": true,
}

// Spawners maps the Key of each method that starts its function argument
// on a new goroutine, joined by a Joins method of the same receiver.
var Spawners = map[string]bool{
	"sync.WaitGroup.Go":                      true,
	"golang.org/x/sync/errgroup.Group.Go":    true,
	"golang.org/x/sync/errgroup.Group.TryGo": true,
}

// A Callback describes a call that schedules a function to run later on
// another goroutine, and how the schedule is cancelled.
type Callback struct {
	FuncArg int  // index of the scheduled function
	Stop    bool // cancelled by calling Stop on the result (else by calling the result)
}

// Callbacks maps the Key of each scheduling call to its description.
var Callbacks = map[string]Callback{
	"time.AfterFunc":    {FuncArg: 1, Stop: true},
	"context.AfterFunc": {FuncArg: 1},
}

// Async maps the Key of each method whose result must be awaited before
// the invocation returns to the name of the awaiting method of the result.
var Async = map[string]string{
	"cloud.google.com/go/pubsub.Topic.Publish":        "Get",
	"cloud.google.com/go/pubsub/v2.Publisher.Publish": "Get",
}
