// Package klog is a stub of github.com/golang/glog.
package glog

func Fatal(args ...interface{})                 {}
func Fatalf(format string, args ...interface{}) {}
func Exitf(format string, args ...interface{})  {}
func Error(args ...interface{})                 {}
func Errorf(format string, args ...interface{}) {}
