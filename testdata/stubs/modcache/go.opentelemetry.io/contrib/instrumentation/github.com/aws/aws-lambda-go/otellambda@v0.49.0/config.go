package otellambda

import "context"

// A Flusher flushes what a telemetry provider buffers.
type Flusher interface {
	ForceFlush(context.Context) error
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// WithFlusher sets the Flusher called at the end of each invocation
// (without it, nothing is flushed).
func WithFlusher(flusher Flusher) Option {
	return optionFunc(func(c *config) { c.flusher = flusher })
}
