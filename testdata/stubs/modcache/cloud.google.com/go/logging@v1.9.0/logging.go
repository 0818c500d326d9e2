// Package logging is a stub of cloud.google.com/go/logging at its real
// import path, with the declarations of its real API that fnlint
// matches: a Client's Logger buffers the entries given to Log and
// sends them from a goroutine of its own; Flush and the Client's Close
// send what it holds; LogSync sends one entry and waits.
package logging

import (
	"context"
	"io"
	"log"
)

// Client is a Logging client.
type Client struct{}

// NewClient returns a new logging client for the parent resource.
func NewClient(ctx context.Context, parent string, opts ...any) (*Client, error) {
	return &Client{}, nil
}

// Close waits for the loggers' buffered entries to be sent and closes
// the client.
func (c *Client) Close() error { return nil }

// Severity is the severity of an entry.
type Severity int

// Severities.
const (
	Default Severity = 0
	Info    Severity = 200
	Error   Severity = 500
)

// Entry is a log entry.
type Entry struct {
	Severity Severity
	Payload  interface{}
}

// LoggerOption configures a Logger.
type LoggerOption interface{ set(*Logger) }

type loggerOption func(*Logger)

func (f loggerOption) set(l *Logger) { f(l) }

// RedirectAsJSON makes the Logger write its entries as JSON lines to w,
// synchronously, instead of sending them to the Logging API.
func RedirectAsJSON(w io.Writer) LoggerOption {
	return loggerOption(func(l *Logger) { l.redirect = w })
}

// Logger writes entries to one log.
type Logger struct {
	redirect io.Writer
	buffered []Entry
}

// Logger returns a Logger that writes entries to the log logID.
func (c *Client) Logger(logID string, opts ...LoggerOption) *Logger {
	l := &Logger{}
	for _, o := range opts {
		o.set(l)
	}
	return l
}

// Log buffers the entry for sending; it does not block.
func (l *Logger) Log(e Entry) { l.buffered = append(l.buffered, e) }

// LogSync sends the entry and waits for it to be written.
func (l *Logger) LogSync(ctx context.Context, e Entry) error { return nil }

// Flush sends the buffered entries and waits for them.
func (l *Logger) Flush() error { l.buffered = nil; return nil }

// StandardLogger returns a *log.Logger whose output goes to Log with
// the severity s.
func (l *Logger) StandardLogger(s Severity) *log.Logger { return log.New(io.Discard, "", 0) }
