package knowledge

import "go/types"

// This file describes telemetry that buffers what it records and sends
// it later from a goroutine of its own, and the calls that send what it
// holds: an OpenTelemetry tracer provider with a batch span processor
// (go.opentelemetry.io/otel/sdk/trace: "BatchSpanProcessor is a
// SpanProcessor that batches asynchronously-received spans and sends
// them to a trace.Exporter when complete"), and the Logger of
// cloud.google.com/go/logging ("Log buffers the Entry for output to the
// logging service. It never blocks."; "Flush blocks until all currently
// buffered log entries are sent"; Client.Close "waits for all opened
// loggers to be flushed").

const (
	otelTracePkg  = "go.opentelemetry.io/otel/sdk/trace"
	otelLambdaPkg = "go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda"
	xrayConfigPkg = otelLambdaPkg + "/xrayconfig"
	cloudLogPkg   = "cloud.google.com/go/logging"
)

// telemetryRole is what a call does to buffered telemetry.
type telemetryRole uint8

const (
	tracerProviderCtor telemetryRole = iota + 1
	batcherOption
	registerSpanProcessor
	cloudLogger
	cloudLoggerRedirect
	cloudLogBuffered
	flushesTelemetry
	flushesEachInvocation
	runsAtShutdown
)

// telemetry holds the calls this file describes, keyed like the other
// tables (see lookup). Sources: the package docs of
// go.opentelemetry.io/otel/sdk/trace (NewTracerProvider, WithBatcher,
// NewBatchSpanProcessor, RegisterSpanProcessor, ForceFlush, Shutdown),
// cloud.google.com/go/logging (Client.Logger, Logger.Log,
// Logger.StandardLogger, Logger.Flush, Client.Close, RedirectAsJSON),
// otellambda (WithFlusher), xrayconfig (WithRecommendedOptions, which
// includes WithFlusher(tp)) and aws-lambda-go/lambda
// (WithEnableSIGTERM).
var telemetry = map[string]telemetryRole{
	otelTracePkg + ".NewTracerProvider":                            tracerProviderCtor,
	otelTracePkg + ".WithBatcher":                                  batcherOption,
	otelTracePkg + ".NewBatchSpanProcessor":                        batcherOption,
	"(*" + otelTracePkg + ".TracerProvider).RegisterSpanProcessor": registerSpanProcessor,
	"(*" + cloudLogPkg + ".Client).Logger":                         cloudLogger,
	cloudLogPkg + ".RedirectAsJSON":                                cloudLoggerRedirect,
	"(*" + cloudLogPkg + ".Logger).Log":                            cloudLogBuffered,
	"(*" + cloudLogPkg + ".Logger).StandardLogger":                 cloudLogBuffered,
	"(*" + otelTracePkg + ".TracerProvider).Shutdown":              flushesTelemetry,
	"(" + otelTracePkg + ".SpanProcessor).Shutdown":                flushesTelemetry,
	"(*" + cloudLogPkg + ".Logger).Flush":                          flushesTelemetry,
	"(*" + cloudLogPkg + ".Client).Close":                          flushesTelemetry,
	otelLambdaPkg + ".WithFlusher":                                 flushesEachInvocation,
	xrayConfigPkg + ".WithRecommendedOptions":                      flushesEachInvocation,
	"github.com/aws/aws-lambda-go/lambda.WithEnableSIGTERM":        runsAtShutdown,
}

func telemetryIs(fn *types.Func, role telemetryRole) bool {
	r, ok := lookup(telemetry, fn)
	return ok && r == role
}

// IsTracerProviderCtor reports whether fn is sdktrace.NewTracerProvider.
func IsTracerProviderCtor(fn *types.Func) bool { return telemetryIs(fn, tracerProviderCtor) }

// IsBatcherOption reports whether fn returns an option or processor
// that buffers spans: sdktrace.WithBatcher, and
// sdktrace.NewBatchSpanProcessor (given to WithSpanProcessor or
// RegisterSpanProcessor). WithSyncer and NewSimpleSpanProcessor export
// each span as it ends and buffer nothing.
func IsBatcherOption(fn *types.Func) bool { return telemetryIs(fn, batcherOption) }

// IsRegisterSpanProcessor reports whether fn is
// (*sdktrace.TracerProvider).RegisterSpanProcessor.
func IsRegisterSpanProcessor(fn *types.Func) bool { return telemetryIs(fn, registerSpanProcessor) }

// IsCloudLogger reports whether fn is (*logging.Client).Logger, whose
// Logger buffers the entries given to Log.
func IsCloudLogger(fn *types.Func) bool { return telemetryIs(fn, cloudLogger) }

// IsCloudLoggerRedirect reports whether fn is logging.RedirectAsJSON,
// an option that makes a Logger write its entries to a writer,
// synchronously, instead of buffering them for the Logging API.
func IsCloudLoggerRedirect(fn *types.Func) bool { return telemetryIs(fn, cloudLoggerRedirect) }

// IsCloudLogBuffered reports whether fn hands an entry to a Logger's
// buffer: (*logging.Logger).Log, and StandardLogger, whose *log.Logger
// calls Log.
func IsCloudLogBuffered(fn *types.Func) bool { return telemetryIs(fn, cloudLogBuffered) }

// FlushesTelemetry reports whether a call of fn sends what buffered
// telemetry holds: Shutdown of an sdktrace.TracerProvider or of a span
// processor, (*logging.Logger).Flush, (*logging.Client).Close (from the
// table); and any method named ForceFlush, the name OpenTelemetry's
// providers of every signal (traces, metrics, logs) and the Flusher
// interface of otellambda give the call.
func FlushesTelemetry(fn *types.Func) bool {
	if fn == nil || fn.Signature().Recv() == nil {
		return false
	}
	return fn.Name() == "ForceFlush" || telemetryIs(fn, flushesTelemetry)
}

// FlushesEachInvocation reports whether fn configures a Lambda handler
// wrapper to flush at the end of every invocation: otellambda's
// WithFlusher, and xrayconfig's WithRecommendedOptions, which includes
// WithFlusher(tp).
func FlushesEachInvocation(fn *types.Func) bool { return telemetryIs(fn, flushesEachInvocation) }

// RunsAtShutdown reports whether fn is aws-lambda-go's
// lambda.WithEnableSIGTERM, whose callbacks run when the execution
// environment shuts down (when an extension is registered): the place
// for a final flush of what an invocation left buffered.
func RunsAtShutdown(fn *types.Func) bool { return telemetryIs(fn, runsAtShutdown) }
