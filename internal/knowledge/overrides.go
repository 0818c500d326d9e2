package knowledge

import "go/types"

// The tables in this file correct what fnlint derives from the code of
// third-party dependencies (see funcmodel's Model.Summarized), where the
// derivation is too coarse. They name packages of modules whose code is
// summarized, so, unlike every other table, they do not make a module
// one that the tables describe (see DescribesModule; a test checks).

// clientGivers holds the Keys of the options with which a caller hands
// a dependency's constructor the HTTP client or connection to use: a
// constructor given one creates no connections. Derivation cannot tell,
// since it follows every path of the constructor, the one that builds a
// transport when no client is given included: gmail.NewService(ctx,
// option.WithHTTPClient(c)) wraps c (the usual way to call a Google API
// with a user's OAuth token, per request), while gmail.NewService(ctx)
// clones http.DefaultTransport.
var clientGivers = map[string]bool{
	"google.golang.org/api/option.WithHTTPClient": true,
	"google.golang.org/api/option.WithGRPCConn":   true,
}

// GivesClient reports whether fn is an option with which a caller hands
// a dependency's constructor the HTTP client or connection to use
// (option.WithHTTPClient).
func GivesClient(fn *types.Func) bool { return has(clientGivers, fn) }

// contextValueReaderOverrides holds the Keys of the functions of
// summarized modules that only read a value a context carries, as
// contextValueReaders does for described ones (OpenTelemetry's trace
// package: "SpanFromContext returns the current Span from ctx";
// SpanContextFromContext "returns the current Span's SpanContext"):
// derivation sees the context passed on to ctx.Value, a sink it cannot
// tell from one that bounds work.
var contextValueReaderOverrides = map[string]bool{
	"go.opentelemetry.io/otel/trace.SpanFromContext":        true,
	"go.opentelemetry.io/otel/trace.SpanContextFromContext": true,
}
