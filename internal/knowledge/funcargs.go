package knowledge

import "go/types"

// Runs says when a call runs a function value given to it as an
// argument: the knowledge the execution model needs to tell "calls it
// now" from "starts it on a goroutine" or "keeps it for later".
type Runs int

const (
	// RunsNow is every call not listed: it may run the function before
	// it returns (sort.Slice, a helper taking a callback).
	RunsNow Runs = iota
	// RunsOnce runs it now, but at most once per instance: sync.Once.Do.
	RunsOnce
	// RunsOnceLater returns a function that runs it, at most once per
	// instance, when first called: sync.OnceFunc, OnceValue, OnceValues.
	RunsOnceLater
	// RunsGoroutine runs it on a new goroutine (see IsSpawner).
	RunsGoroutine
	// RunsLater runs it later on another goroutine (see CallbackOf).
	RunsLater
	// RunsNever keeps it without running it: a wrapper whose result
	// serves it when invoked (see HandlerWrapperOf, LambdaHTTPWrapperOf).
	RunsNever
)

// onceLike lists the once-only initializers (sync documents them: "Do
// calls the function f if and only if Do is being called for the first
// time"; OnceFunc "returns a function that invokes f only once").
var onceLike = map[string]Runs{
	"(*sync.Once).Do": RunsOnce,
	"sync.OnceFunc":   RunsOnceLater,
	"sync.OnceValue":  RunsOnceLater,
	"sync.OnceValues": RunsOnceLater,
}

// FuncArgRuns returns when fn runs the function values passed to it
// (nil, a call of a function value: RunsNow).
func FuncArgRuns(fn *types.Func) Runs {
	if r, ok := lookup(onceLike, fn); ok {
		return r
	}
	if IsSpawner(fn) {
		return RunsGoroutine
	}
	if _, ok := CallbackOf(fn); ok {
		return RunsLater
	}
	if _, ok := HandlerWrapperOf(fn); ok {
		return RunsNever
	}
	if _, ok := LambdaHTTPWrapperOf(fn); ok {
		return RunsNever
	}
	return RunsNow
}
