// Package helper is a helper package of the module.
package helper

import "os"

// Remember puts the caller's identity in the environment.
func Remember(user string) { // want Remember:`writes process-wide state via os.Setenv`
	os.Setenv("CALLER", user) // ok: judged where function code calls Remember
}

// Trace reads Lambda's trace id from the environment.
func Trace() string { // want Trace:`reads the trace id from the environment via os.Getenv\("_X_AMZN_TRACE_ID"\)`
	return os.Getenv("_X_AMZN_TRACE_ID") // ok: judged where function code calls Trace
}

// Unused writes the environment, but no entry point calls it.
func Unused(name string) { // want Unused:`writes process-wide state via os.Unsetenv`
	os.Unsetenv(name) // ok: no entry point reaches it
}
