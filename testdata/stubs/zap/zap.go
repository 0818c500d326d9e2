// Package zap is a stub of go.uber.org/zap.
package zap

type Field struct{}
type Logger struct{}
type SugaredLogger struct{}

func NewProduction() (*Logger, error)                                { return &Logger{}, nil }
func Error(err error) Field                                          { return Field{} }
func (l *Logger) Fatal(msg string, fields ...Field)                  {}
func (l *Logger) Error(msg string, fields ...Field)                  {}
func (l *Logger) Panic(msg string, fields ...Field)                  {}
func (l *Logger) Sugar() *SugaredLogger                              { return &SugaredLogger{} }
func (s *SugaredLogger) Fatal(args ...interface{})                   {}
func (s *SugaredLogger) Fatalf(template string, args ...interface{}) {}
func (s *SugaredLogger) Fatalw(msg string, kv ...interface{})        {}
func (s *SugaredLogger) Error(args ...interface{})                   {}
func (s *SugaredLogger) Errorf(template string, args ...interface{}) {}
func (s *SugaredLogger) Errorw(msg string, kv ...interface{})        {}
func (s *SugaredLogger) Panicf(template string, args ...interface{}) {}
