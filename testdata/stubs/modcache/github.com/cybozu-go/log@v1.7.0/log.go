// Package log is a stub of github.com/cybozu-go/log: its exit helper
// logs through the default logger and then calls os.Exit, as the real
// one does. No knowledge table lists it.
package log

import (
	"fmt"
	"os"
)

// Logger is a structured logger.
type Logger struct{ topic string }

var defaultLogger = &Logger{topic: "log"}

// DefaultLogger returns the pointer to the default logger.
func DefaultLogger() *Logger { return defaultLogger }

// Error outputs an error message with fields.
func (l *Logger) Error(msg string, fields map[string]interface{}) error {
	_, err := fmt.Fprintln(os.Stderr, l.topic, msg, fields)
	return err
}

// Error outputs an error message with the default logger.
func Error(msg string, fields map[string]interface{}) error {
	return defaultLogger.Error(msg, fields)
}

// ErrorExit outputs an error log and calls os.Exit(1).
func ErrorExit(err error) {
	Error(err.Error(), nil)
	os.Exit(1)
}
