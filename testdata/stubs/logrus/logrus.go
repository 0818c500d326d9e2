// Package logrus is a stub of github.com/sirupsen/logrus.
package logrus

type Logger struct{}
type Entry struct{}
type Fields map[string]interface{}

func New() *Logger                                          { return &Logger{} }
func WithField(key string, value interface{}) *Entry        { return &Entry{} }
func Fatal(args ...interface{})                             {}
func Fatalf(format string, args ...interface{})             {}
func Fatalln(args ...interface{})                           {}
func Error(args ...interface{})                             {}
func Errorf(format string, args ...interface{})             {}
func Errorln(args ...interface{})                           {}
func Exit(code int)                                         {}
func Panic(args ...interface{})                             {}
func (l *Logger) Fatal(args ...interface{})                 {}
func (l *Logger) Fatalf(format string, args ...interface{}) {}
func (l *Logger) Error(args ...interface{})                 {}
func (l *Logger) Errorf(format string, args ...interface{}) {}
func (e *Entry) Fatal(args ...interface{})                  {}
func (e *Entry) Fatalf(format string, args ...interface{})  {}
func (e *Entry) Error(args ...interface{})                  {}
func (e *Entry) Errorf(format string, args ...interface{})  {}
func (e *Entry) Panicf(format string, args ...interface{})  {}
