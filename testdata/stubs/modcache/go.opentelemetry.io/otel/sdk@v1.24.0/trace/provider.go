// Package trace is a stub of go.opentelemetry.io/otel/sdk/trace at its
// real import path, with the declarations of its real API that fnlint
// matches: the tracer provider, its options, and the span processors
// (a batch processor buffers spans and exports them from a goroutine
// of its own; a simple one exports each span as it ends).
package trace

import "context"

// SpanExporter exports spans.
type SpanExporter interface {
	Shutdown(ctx context.Context) error
}

// SpanProcessor processes spans as they start and end.
type SpanProcessor interface {
	Shutdown(ctx context.Context) error
	ForceFlush(ctx context.Context) error
}

// TracerProvider creates tracers and hands their spans to its span
// processors.
type TracerProvider struct {
	processors []SpanProcessor
}

// TracerProviderOption configures a TracerProvider.
type TracerProviderOption interface {
	apply(*TracerProvider)
}

type optionFunc func(*TracerProvider)

func (f optionFunc) apply(p *TracerProvider) { f(p) }

// NewTracerProvider returns a TracerProvider configured by opts.
func NewTracerProvider(opts ...TracerProviderOption) *TracerProvider {
	p := &TracerProvider{}
	for _, o := range opts {
		o.apply(p)
	}
	return p
}

// WithBatcher registers the exporter with the TracerProvider through a
// BatchSpanProcessor.
func WithBatcher(e SpanExporter, opts ...BatchSpanProcessorOption) TracerProviderOption {
	return WithSpanProcessor(NewBatchSpanProcessor(e, opts...))
}

// WithSyncer registers the exporter with the TracerProvider through a
// SimpleSpanProcessor.
func WithSyncer(e SpanExporter) TracerProviderOption {
	return WithSpanProcessor(NewSimpleSpanProcessor(e))
}

// WithSpanProcessor registers the SpanProcessor with the TracerProvider.
func WithSpanProcessor(sp SpanProcessor) TracerProviderOption {
	return optionFunc(func(p *TracerProvider) { p.processors = append(p.processors, sp) })
}

// RegisterSpanProcessor adds the SpanProcessor to the TracerProvider.
func (p *TracerProvider) RegisterSpanProcessor(sp SpanProcessor) {
	p.processors = append(p.processors, sp)
}

// ForceFlush flushes the spans of every span processor.
func (p *TracerProvider) ForceFlush(ctx context.Context) error {
	for _, sp := range p.processors {
		if err := sp.ForceFlush(ctx); err != nil {
			return err
		}
	}
	return nil
}

// Shutdown shuts down every span processor, flushing their spans.
func (p *TracerProvider) Shutdown(ctx context.Context) error {
	for _, sp := range p.processors {
		if err := sp.Shutdown(ctx); err != nil {
			return err
		}
	}
	return nil
}
