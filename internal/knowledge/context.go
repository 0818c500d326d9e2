package knowledge

// Roots of the context tree that carry no deadline and are never
// cancelled (the context package: "Background returns a non-nil, empty
// Context. It is never canceled, has no values, and has no deadline";
// TODO is the same, for code not yet given a context).
var ContextRoots = map[string]bool{
	"context.Background": true,
	"context.TODO":       true,
}

// ContextDerivations maps the Key of each function that derives a
// context from the context given as its first argument, keeping its
// deadline and cancellation (and adding its own): the derived context
// runs as long as its parent at most. context.WithoutCancel is not one:
// its result is never cancelled, the explicit detachment of work from
// its caller's lifetime (Go 1.21).
var ContextDerivations = map[string]bool{
	"context.WithCancel":        true,
	"context.WithCancelCause":   true,
	"context.WithDeadline":      true,
	"context.WithDeadlineCause": true,
	"context.WithTimeout":       true,
	"context.WithTimeoutCause":  true,
	"context.WithValue":         true,
}

// ContextDetach is the Key of the function that detaches a context from
// its parent's cancellation and deadline.
const ContextDetach = "context.WithoutCancel"
