// Package co holds the shapes of context values whose origin the
// Tracer must tell: use(ctx) is where the test asks.
package co

import (
	"context"
	"net/http"
	"time"
)

type key struct{}

func use(...any) {}

func roots() {
	use(context.Background()) // want `root context.Background\(\)`
	use(context.TODO())       // want `root context.TODO\(\)`
	bg := context.Background()
	use(bg) // want `root context.Background\(\)`
}

func params(ctx context.Context, r *http.Request, n int) {
	use(ctx)         // want "param ctx"
	use(r.Context()) // want "param r"
	use(n)           // not a context: not asked
}

func derived(ctx context.Context) {
	c, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	use(c)                                // want "param ctx derived"
	use(context.WithValue(ctx, key{}, 1)) // want "param ctx derived"
	use(context.WithValue(c, key{}, 1))   // want "param ctx derived"
	d, _ := context.WithCancel(context.TODO())
	use(d) // want `root context.TODO\(\) derived`
}

// declaredTuple: a derivation declared with var is the derivation
// assigned with :=.
func declaredTuple(ctx context.Context) {
	var c, cancel = context.WithTimeout(ctx, time.Second)
	defer cancel()
	use(c) // want "param ctx derived"
	var d, _ = context.WithCancel(context.Background())
	use(d) // want `root context.Background\(\) derived`
	var e, err = pair()
	_ = err
	use(e) // want "unknown"
}

func detached(ctx context.Context) {
	use(context.WithoutCancel(ctx)) // want "detached"
	c := context.WithoutCancel(ctx)
	use(c) // want "detached"
}

// selfAssigned derives a local from itself: the cycle adds nothing to
// the origin of the value it started from.
func selfAssigned() {
	c := context.Background()
	c = context.WithValue(c, key{}, 1)
	use(c) // want `root context.Background\(\) derived`
}

// cycle: two locals given only each other have no origin.
func cycle(b bool) {
	var a, c context.Context
	a = c
	c = a
	use(a) // want "unknown"
}

// sameOrigin: every value has the same origin; a variable given
// several values counts as derived from it.
func sameOrigin(ctx context.Context, b bool) {
	c := ctx
	if b {
		c = ctx
	}
	use(c) // want "param ctx derived"
}

// mixed: values of different origins have none.
func mixed(ctx context.Context, b bool) {
	c := ctx
	if b {
		c = context.Background()
	}
	use(c) // want "unknown"
}

// twoParams: values of two parameters have none.
func twoParams(a, b context.Context, x bool) {
	c := a
	if x {
		c = b
	}
	use(c) // want "unknown"
}

// addressTaken: a variable whose address is taken may change behind
// the Tracer's back.
func addressTaken(ctx context.Context) {
	c := ctx
	set(&c)
	use(c) // want "unknown"
}

func set(*context.Context) {}

// addressTakenParam: so may a parameter whose address is taken.
func addressTakenParam(ctx context.Context) {
	set(&ctx)
	use(ctx) // want "unknown"
}

// fromCall: a context a function returns has no known origin.
func fromCall() {
	use(newCtx()) // want "unknown"
	c := newCtx()
	use(c) // want "unknown"
}

func newCtx() context.Context { return context.Background() }

// fromTuple: a value of a call with several results is not followed,
// but for a derivation's context.
func fromTuple() {
	c, err := pair()
	_ = err
	use(c) // want "unknown"
}

func pair() (context.Context, error) { return nil, nil }

// literal: a literal sees the parameters of the functions enclosing it.
func literal(ctx context.Context, r *http.Request) {
	go func() {
		use(ctx)         // want "param ctx"
		use(r.Context()) // want "param r"
	}()
	f := func(inner context.Context) {
		use(inner) // want "param inner"
		use(ctx)   // want "param ctx"
	}
	f(ctx)
}

// capturedAssigned: a literal that assigns a captured local counts
// among its values.
func capturedAssigned(ctx context.Context) {
	c := ctx
	func() { c = context.Background() }()
	use(c) // want "unknown"
}

// localRequest: r.Context() of a request that is not a parameter.
func localRequest() {
	r, _ := http.NewRequest("GET", "/", nil)
	use(r.Context()) // want "unknown"
}

// globals: a package-level variable has the origin every value given to
// it has.
var (
	bg       = context.Background()
	reset    = context.Background()
	derivedG = context.WithoutCancel(context.Background())
)

func init() { reset = context.TODO() }

func globals() {
	use(bg)       // want `root context.Background\(\)`
	use(reset)    // want `root context.Background\(\)`
	use(derivedG) // want "detached"
}

// generic: a generic function's parameter is a parameter like another.
func generic[T any](ctx context.Context, t T) {
	use(ctx) // want "param ctx"
}

func instantiate() { generic(context.Background(), 1) }

type server struct{ ctx context.Context }

// field: a struct field's context is not followed.
func (s *server) field() {
	use(s.ctx) // want "unknown"
}

// typeSwitch: a value bound by a type switch is not followed.
func typeSwitch(x any) {
	switch c := x.(type) {
	case context.Context:
		use(c) // want "unknown"
	}
}

// ranged: a value of a range is not followed.
func ranged(cs []context.Context) {
	for _, c := range cs {
		use(c) // want "unknown"
	}
}

// reassigned: a parameter given another value has no origin.
func reassigned(ctx context.Context) {
	ctx = context.Background()
	use(ctx) // want "unknown"
}
