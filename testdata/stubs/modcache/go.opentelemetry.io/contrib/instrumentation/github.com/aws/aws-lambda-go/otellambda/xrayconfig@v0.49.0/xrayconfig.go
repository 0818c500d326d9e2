// Package xrayconfig is a stub of
// go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda/xrayconfig
// at its real import path: its recommended options include
// otellambda.WithFlusher(tp).
package xrayconfig

import (
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda"
	"go.opentelemetry.io/otel/sdk/trace"
)

// WithRecommendedOptions returns the options recommended for X-Ray,
// among them a flusher that flushes tp at the end of each invocation.
func WithRecommendedOptions(tp *trace.TracerProvider) []otellambda.Option {
	return []otellambda.Option{otellambda.WithFlusher(tp)}
}
