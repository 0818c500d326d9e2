// Package telemetryflush defines an Analyzer that reports telemetry
// set up to buffer what it records when nothing flushes it on the
// invocation's path.
//
// # Analyzer telemetryflush
//
// telemetryflush: report buffered telemetry never flushed per invocation
//
// The platforms' rule (docs/platform.md, "The execution model", "AWS
// Lambda" and "Still more rules that code can show"): buffered
// exporters and loggers lose what they hold when the environment is
// frozen or the instance stops; flush on the invocation's path. On AWS
// Lambda, "after the handler returns, the environment is frozen:
// goroutines get no CPU"; an exporter's goroutine sends what it holds
// during some later invocation, and what it holds when the environment
// is shut down is lost. Cloud Run functions throttle an instance's CPU
// outside requests and stop idle instances: what is buffered is sent
// late, or never.
//
// telemetryflush reports, in the code of a package that declares entry
// points (see the funcmodel analyzer), run at cold start or by the
// invocations, the setup of telemetry that buffers: an OpenTelemetry
// batch span processor (sdktrace.WithBatcher,
// sdktrace.NewBatchSpanProcessor, go.opentelemetry.io/otel/sdk/trace),
// and a Logger of cloud.google.com/go/logging (Client.Logger, in a
// package that calls its Log or StandardLogger: "Log buffers the
// Entry for output to the logging service"); also a call of a function
// of the module that sets one up, with its declaration as related
// information. The entry points are related positions. It reports
// only when nothing in the package flushes on the invocation's path,
// as far as it can see; precision first, any of these silences it:
//
//   - a flush (ForceFlush or Shutdown of a TracerProvider or span
//     processor, any method named ForceFlush, Logger.Flush,
//     logging.Client.Close, or a call of a function value of type
//     func(context.Context) error, the shutdown function that setup
//     helpers return) in code that runs per invocation, or in code no
//     entry point reaches, directly or through the functions it
//     calls, in this package or another (facts);
//   - code that builds a flush to run later: a literal or method value
//     that flushes, stored, returned or given on (a middleware);
//   - otellambda.WithFlusher or xrayconfig.WithRecommendedOptions (a
//     handler wrapper that flushes at the end of every invocation),
//     or a flush in a lambda.WithEnableSIGTERM hook (run when the
//     environment shuts down), anywhere in the package.
//
// A flush in cold-start code only does not count: a deferred
// tp.Shutdown(ctx) in a Lambda main never runs, since lambda.Start
// does not return, and a Cloud Run function's main does not return
// either. sdktrace.WithSyncer and NewSimpleSpanProcessor export each
// span as it ends and buffer nothing; a Logger given
// logging.RedirectAsJSON writes synchronously, and one used only with
// LogSync buffers nothing: none is reported.
//
// There is no suggested fix: where the flush goes (the handler, a
// wrapper, a middleware) is the user's choice.
//
// Bad:
//
//	func main() {
//		tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
//		defer tp.Shutdown(context.Background()) // never runs
//		otel.SetTracerProvider(tp)
//		lambda.Start(otellambda.InstrumentHandler(handler))
//	}
//
// Good:
//
//	func main() {
//		tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
//		otel.SetTracerProvider(tp)
//		lambda.Start(otellambda.InstrumentHandler(handler, otellambda.WithFlusher(tp)))
//	}
//
// To silence a deliberate case (an exporter that sends to a local
// collector that outlives the freeze, a provider flushed by code
// fnlint cannot see), use //fnlint:ignore telemetryflush with the
// reason.
//
// Known blind spots: buffering set up through options built elsewhere
// (sdktrace.NewTracerProvider(opts...) with WithBatcher in a slice of
// another package), or inside third-party libraries (an OpenTelemetry
// distribution's Run); the OpenTelemetry metric and log SDKs'
// periodic readers and batch processors; whether the flush reaches the
// provider that buffers (any flush in the package counts), and whether
// it runs for every entry point of the package; flushes that run on
// another goroutine.
package telemetryflush
