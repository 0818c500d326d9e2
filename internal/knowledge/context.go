package knowledge

import "go/types"

// Roots of the context tree that carry no deadline and are never
// cancelled (the context package: "Background returns a non-nil, empty
// Context. It is never canceled, has no values, and has no deadline";
// TODO is the same, for code not yet given a context). The AWS SDK for
// Go v1 names it aws.BackgroundContext (its docs: "BackgroundContext
// returns a context that will never be canceled, has no values, and no
// deadline"; since Go 1.7 it returns context.Background()).
var ContextRoots = map[string]bool{
	"context.Background":            true,
	"context.TODO":                  true,
	awsV1 + "aws.BackgroundContext": true,
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
func ReturnsCancel(fn *types.Func) bool { return fn != nil && cancelers[Key(fn)] }

// requestContexts holds the Keys of the methods that return an incoming
// request's context (net/http: "For incoming server requests, the
// context is canceled when the client's connection closes, the request
// is canceled (with HTTP/2), or when the ServeHTTP method returns").
var requestContexts = map[string]bool{
	"net/http.Request.Context": true,
}

// IsRequestContext reports whether fn returns the context of an
// incoming request.
func IsRequestContext(fn *types.Func) bool { return fn != nil && requestContexts[Key(fn)] }

// contextValueReaders holds the Keys of the functions and methods that
// only read a value a context carries (the context package: "Value
// returns the value associated with this context for key"; a trace
// span, a logger, gRPC metadata, the Lambda invocation's metadata),
// never its deadline nor its cancellation: a context given to them
// bounds no work.
var contextValueReaders = map[string]bool{
	"context.Context.Value":                                  true,
	"go.opentelemetry.io/otel/trace.SpanFromContext":         true,
	"go.opentelemetry.io/otel/trace.SpanContextFromContext":  true,
	"github.com/rs/zerolog.Ctx":                              true,
	"google.golang.org/grpc/metadata.FromIncomingContext":    true,
	"google.golang.org/grpc/metadata.FromOutgoingContext":    true,
	"github.com/aws/aws-lambda-go/lambdacontext.FromContext": true,
}

// ReadsContextValues reports whether fn only reads the values of the
// context it is given (ctx.Value(k), trace.SpanFromContext(ctx)).
func ReadsContextValues(fn *types.Func) bool {
	return fn != nil && contextValueReaders[Key(fn.Origin())]
}
