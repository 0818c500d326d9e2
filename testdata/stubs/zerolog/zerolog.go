// Package zerolog is a stub of github.com/rs/zerolog.
package zerolog

type Logger struct{}
type Event struct{}

func (l Logger) Fatal() *Event                   { return &Event{} }
func (l Logger) Error() *Event                   { return &Event{} }
func (e *Event) Err(err error) *Event            { return e }
func (e *Event) Msg(msg string)                  {}
func (e *Event) Msgf(f string, v ...interface{}) {}

// TimeFormatUnix makes timestamps Unix seconds (zerolog's globals.go).
const TimeFormatUnix = ""

// TimeFieldFormat is the format of timestamps, time.RFC3339 by default.
var TimeFieldFormat = "2006-01-02T15:04:05Z07:00"
