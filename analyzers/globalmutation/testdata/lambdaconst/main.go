// Command lambdaconst is a Lambda function that writes constants into
// globals.
package main

import (
	"context"
	"time"

	"example.com/gm/logsetup"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/rs/zerolog"
)

var (
	mode    string
	timeout time.Duration
	level   int
	debug   bool
	ready   bool
	limits  = map[string]int{}
	cfg     struct{ Verbose bool }
)

// constHandler writes constants into globals. The same constant on
// every invocation leaks nothing; a constant that differs between
// writes, is written only on some invocations, or goes into an element
// or a field of a global does.
func constHandler(ctx context.Context, ev events.SQSEvent) error {
	zerolog.TimeFieldFormat = zerolog.TimeFormatUnix // ok: the same constant on every invocation
	mode = "fast"                                    // ok: the same constant on every invocation
	timeout = 5 * time.Second                        // ok: a constant expression
	logsetup.New()                                   // ok: writes the same constant on every call
	level = 1                                        // want `write to package-level variable main.level without synchronization in constHandler`
	if len(ev.Records) > 10 {
		level = 2    // want `write to package-level variable main.level without synchronization in constHandler`
		debug = true // want `write to package-level variable main.debug without synchronization in constHandler`
	}
	limits["batch"] = 10 // want `write to package-level variable main.limits without synchronization in constHandler`
	cfg.Verbose = true   // want `write to package-level variable main.cfg without synchronization in constHandler`
	if len(ev.Records) == 0 {
		return nil
	}
	ready = true // ok: known blind spot, a constant written after an early return counts as written on every invocation
	return nil
}

func main() {
	lambda.Start(constHandler)
}
