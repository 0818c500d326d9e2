// Package klog is a stub of k8s.io/klog/v2.
package klog

func Fatal(args ...interface{})                 {}
func Fatalf(format string, args ...interface{}) {}
func Exitf(format string, args ...interface{})  {}
func Error(args ...interface{})                 {}
func Errorf(format string, args ...interface{}) {}
