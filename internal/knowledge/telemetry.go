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

// IsTracerProviderCtor reports whether fn is sdktrace.NewTracerProvider.
func IsTracerProviderCtor(fn *types.Func) bool {
	return isFunc(fn, otelTracePkg, "NewTracerProvider")
}

// IsBatcherOption reports whether fn returns an option or processor
// that buffers spans: sdktrace.WithBatcher, and
// sdktrace.NewBatchSpanProcessor (given to WithSpanProcessor or
// RegisterSpanProcessor). WithSyncer and NewSimpleSpanProcessor export
// each span as it ends and buffer nothing.
func IsBatcherOption(fn *types.Func) bool {
	return isFunc(fn, otelTracePkg, "WithBatcher") || isFunc(fn, otelTracePkg, "NewBatchSpanProcessor")
}

// IsRegisterSpanProcessor reports whether fn is
// (*sdktrace.TracerProvider).RegisterSpanProcessor.
func IsRegisterSpanProcessor(fn *types.Func) bool {
	return fn != nil && isRecv(fn, otelTracePkg, "TracerProvider") && fn.Name() == "RegisterSpanProcessor"
}

// IsCloudLogger reports whether fn is (*logging.Client).Logger, whose
// Logger buffers the entries given to Log.
func IsCloudLogger(fn *types.Func) bool {
	return fn != nil && isRecv(fn, cloudLogPkg, "Client") && fn.Name() == "Logger"
}

// IsCloudLoggerRedirect reports whether fn is logging.RedirectAsJSON,
// an option that makes a Logger write its entries to a writer,
// synchronously, instead of buffering them for the Logging API.
func IsCloudLoggerRedirect(fn *types.Func) bool {
	return isFunc(fn, cloudLogPkg, "RedirectAsJSON")
}

// IsCloudLogBuffered reports whether fn hands an entry to a Logger's
// buffer: (*logging.Logger).Log, and StandardLogger, whose *log.Logger
// calls Log.
func IsCloudLogBuffered(fn *types.Func) bool {
	return fn != nil && isRecv(fn, cloudLogPkg, "Logger") && (fn.Name() == "Log" || fn.Name() == "StandardLogger")
}

// FlushesTelemetry reports whether a call of fn sends what buffered
// telemetry holds: ForceFlush or Shutdown of an sdktrace.TracerProvider
// or of a span processor, (*logging.Logger).Flush,
// (*logging.Client).Close; and any method named ForceFlush, the name
// OpenTelemetry's providers of every signal (traces, metrics, logs)
// and the Flusher interface of otellambda give the call.
func FlushesTelemetry(fn *types.Func) bool {
	if fn == nil || fn.Signature().Recv() == nil {
		return false
	}
	switch {
	case fn.Name() == "ForceFlush":
		return true
	case fn.Name() == "Shutdown":
		return isRecv(fn, otelTracePkg, "TracerProvider") || isRecv(fn, otelTracePkg, "SpanProcessor")
	case fn.Name() == "Flush":
		return isRecv(fn, cloudLogPkg, "Logger")
	case fn.Name() == "Close":
		return isRecv(fn, cloudLogPkg, "Client")
	}
	return false
}

// FlushesEachInvocation reports whether fn configures a Lambda handler
// wrapper to flush at the end of every invocation: otellambda's
// WithFlusher, and xrayconfig's WithRecommendedOptions, which includes
// WithFlusher(tp).
func FlushesEachInvocation(fn *types.Func) bool {
	return isFunc(fn, otelLambdaPkg, "WithFlusher") || isFunc(fn, xrayConfigPkg, "WithRecommendedOptions")
}

// isFunc reports whether fn is the package-level function pkg.name.
func isFunc(fn *types.Func, pkg, name string) bool {
	return fn != nil && fn.Signature().Recv() == nil && fn.Pkg() != nil && fn.Pkg().Path() == pkg && fn.Name() == name
}

// RunsAtShutdown reports whether fn is aws-lambda-go's
// lambda.WithEnableSIGTERM, whose callbacks run when the execution
// environment shuts down (when an extension is registered): the place
// for a final flush of what an invocation left buffered.
func RunsAtShutdown(fn *types.Func) bool {
	return isFunc(fn, "github.com/aws/aws-lambda-go/lambda", "WithEnableSIGTERM")
}
