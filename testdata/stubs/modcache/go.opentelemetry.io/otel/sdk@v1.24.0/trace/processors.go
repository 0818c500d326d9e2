package trace

import "context"

// BatchSpanProcessorOption configures a BatchSpanProcessor.
type BatchSpanProcessorOption func(o *BatchSpanProcessorOptions)

// BatchSpanProcessorOptions are the options of a BatchSpanProcessor.
type BatchSpanProcessorOptions struct {
	MaxQueueSize int
}

// WithMaxQueueSize sets the size of the queue of spans.
func WithMaxQueueSize(size int) BatchSpanProcessorOption {
	return func(o *BatchSpanProcessorOptions) { o.MaxQueueSize = size }
}

type batchSpanProcessor struct {
	e     SpanExporter
	queue chan struct{}
}

// NewBatchSpanProcessor returns a SpanProcessor that buffers spans and
// exports them in batches from a goroutine of its own.
func NewBatchSpanProcessor(exporter SpanExporter, options ...BatchSpanProcessorOption) SpanProcessor {
	o := BatchSpanProcessorOptions{MaxQueueSize: 2048}
	for _, opt := range options {
		opt(&o)
	}
	return &batchSpanProcessor{e: exporter, queue: make(chan struct{}, o.MaxQueueSize)}
}

func (b *batchSpanProcessor) ForceFlush(ctx context.Context) error { return nil }
func (b *batchSpanProcessor) Shutdown(ctx context.Context) error   { return b.e.Shutdown(ctx) }

type simpleSpanProcessor struct{ e SpanExporter }

// NewSimpleSpanProcessor returns a SpanProcessor that exports each span
// synchronously as it ends.
func NewSimpleSpanProcessor(exporter SpanExporter) SpanProcessor {
	return &simpleSpanProcessor{e: exporter}
}

func (s *simpleSpanProcessor) ForceFlush(ctx context.Context) error { return nil }
func (s *simpleSpanProcessor) Shutdown(ctx context.Context) error   { return s.e.Shutdown(ctx) }
