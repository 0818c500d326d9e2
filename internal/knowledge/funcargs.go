package knowledge

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
	// RunsGoroutine runs it on a new goroutine (see Spawners).
	RunsGoroutine
	// RunsLater runs it later on another goroutine (see Callbacks).
	RunsLater
	// RunsNever keeps it without running it: a wrapper whose result
	// serves it when invoked (see HandlerWrappers, LambdaHTTPWrappers).
	RunsNever
)

// onceLike lists the once-only initializers (sync documents them: "Do
// calls the function f if and only if Do is being called for the first
// time"; OnceFunc "returns a function that invokes f only once").
var onceLike = map[string]Runs{
	"sync.Once.Do":    RunsOnce,
	"sync.OnceFunc":   RunsOnceLater,
	"sync.OnceValue":  RunsOnceLater,
	"sync.OnceValues": RunsOnceLater,
}

// FuncArgRuns returns when the function with table key key runs the
// function values passed to it.
func FuncArgRuns(key string) Runs {
	if r, ok := onceLike[key]; ok {
		return r
	}
	if Spawners[key] {
		return RunsGoroutine
	}
	if _, ok := Callbacks[key]; ok {
		return RunsLater
	}
	if _, ok := HandlerWrappers[key]; ok {
		return RunsNever
	}
	if _, ok := LambdaHTTPWrappers[key]; ok {
		return RunsNever
	}
	return RunsNow
}
