// Package core starts the module's Lambda functions.
package core

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

// Handler is a handler of the module.
type Handler func(ctx context.Context, in string) (string, error)

// Start starts h, with the module's set-up.
// Start registers its parameter through run: a start wrapper of a start
// wrapper, whose callers register what they give it.
func Start(h Handler) { run(h) }

func run(h Handler) { lambda.Start(h) }
