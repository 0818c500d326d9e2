// Package logsetup is a helper package of the module that configures a
// third-party logger's package-level settings each time it is called.
package logsetup

import "github.com/rs/zerolog"

// Logger is built per invocation.
type Logger struct{ level int }

// New writes the same constant into zerolog's setting on every call:
// nothing leaks from one invocation into the next.
func New() *Logger {
	zerolog.TimeFieldFormat = zerolog.TimeFormatUnix
	return &Logger{}
}
