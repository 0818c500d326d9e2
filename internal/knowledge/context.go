package knowledge

import "go/types"

// contextRoots holds the Keys of the roots of the context tree that carry no deadline and are never
// cancelled (the context package: "Background returns a non-nil, empty
// Context. It is never canceled, has no values, and has no deadline";
// TODO is the same, for code not yet given a context). The AWS SDK for
// Go v1 names it aws.BackgroundContext (its docs: "BackgroundContext
// returns a context that will never be canceled, has no values, and no
// deadline"; since Go 1.7 it returns context.Background()).
var contextRoots = map[string]bool{
	"context.Background":            true,
	"context.TODO":                  true,
	awsV1 + "aws.BackgroundContext": true,
}

// contextDerivations holds the Key of each function that derives a
// context from the context given as its first argument, keeping its
// deadline and cancellation (and adding its own): the derived context
// runs as long as its parent at most. context.WithoutCancel is not one:
// its result is never cancelled, the explicit detachment of work from
// its caller's lifetime (Go 1.21).
var contextDerivations = map[string]bool{
	"context.WithCancel":        true,
	"context.WithCancelCause":   true,
	"context.WithDeadline":      true,
	"context.WithDeadlineCause": true,
	"context.WithTimeout":       true,
	"context.WithTimeoutCause":  true,
	"context.WithValue":         true,
}

// contextDetachers holds the Keys of the functions that detach a context
// from its parent's cancellation and deadline (context: "WithoutCancel
// returns a derived context that points to the parent context and is not
// canceled when parent is canceled").
var contextDetachers = map[string]bool{
	"context.WithoutCancel": true,
}

// IsContextRoot reports whether fn returns a root of the context tree,
// never cancelled and without deadline (context.Background).
func IsContextRoot(fn *types.Func) bool { return has(contextRoots, fn) }

// DerivesContext reports whether fn derives a context from the context
// given as its first argument, keeping its deadline and cancellation
// (context.WithTimeout, context.WithValue).
func DerivesContext(fn *types.Func) bool { return has(contextDerivations, fn) }

// DetachesContext reports whether fn returns a context detached from its
// argument's cancellation and deadline (context.WithoutCancel).
func DetachesContext(fn *types.Func) bool { return has(contextDetachers, fn) }

// contextDones holds the Keys of the methods that return the channel
// closed when a context is done (context: "Done returns a channel that's
// closed when work done on behalf of this context should be canceled").
var contextDones = map[string]bool{
	"(context.Context).Done": true,
}

// IsContextDone reports whether fn returns the channel closed when its
// receiver, a context, is done (ctx.Done).
func IsContextDone(fn *types.Func) bool { return has(contextDones, fn) }

// cancelers holds the Keys of the functions that return a derived
// context with the function that cancels it (the context package:
// "Canceling this context releases resources associated with it, so
// code should call cancel as soon as the operations running in this
// Context complete").
var cancelers = map[string]bool{
	"context.WithCancel":        true,
	"context.WithCancelCause":   true,
	"context.WithTimeout":       true,
	"context.WithTimeoutCause":  true,
	"context.WithDeadline":      true,
	"context.WithDeadlineCause": true,
}

// ReturnsCancel reports whether fn returns a context and the function
// that cancels it.
func ReturnsCancel(fn *types.Func) bool { return has(cancelers, fn) }

// requestContexts holds the Keys of the methods that return an incoming
// request's context (net/http: "For incoming server requests, the
// context is canceled when the client's connection closes, the request
// is canceled (with HTTP/2), or when the ServeHTTP method returns").
var requestContexts = map[string]bool{
	"(*net/http.Request).Context": true,
}

// IsRequestContext reports whether fn returns the context of an
// incoming request.
func IsRequestContext(fn *types.Func) bool { return has(requestContexts, fn) }

// contextValueReaders holds the Keys of the functions and methods that
// only read a value a context carries (the context package: "Value
// returns the value associated with this context for key"; a trace
// span, a logger, gRPC metadata, the Lambda invocation's metadata),
// never its deadline nor its cancellation: a context given to them
// bounds no work. (OpenTelemetry's readers, of a module whose code is
// summarized, are in contextValueReaderOverrides.)
var contextValueReaders = map[string]bool{
	"(context.Context).Value":                                true,
	"github.com/rs/zerolog.Ctx":                              true,
	"google.golang.org/grpc/metadata.FromIncomingContext":    true,
	"google.golang.org/grpc/metadata.FromOutgoingContext":    true,
	"github.com/aws/aws-lambda-go/lambdacontext.FromContext": true,
}

// ReadsContextValues reports whether fn only reads the values of the
// context it is given (ctx.Value(k), trace.SpanFromContext(ctx)).
func ReadsContextValues(fn *types.Func) bool {
	return has(contextValueReaders, fn) || has(contextValueReaderOverrides, fn)
}
