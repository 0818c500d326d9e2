// Package helper is a helper package of the module.
package helper

import (
	"encoding/json"
	"os"
)

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

// Options says what Setup prepares.
type Options struct {
	Proxy   string
	Export  bool
	Region  string
	Verbose bool
}

// Setup puts the proxy in the environment only when asked to.
func Setup(user string, opts *Options) { // want Setup:`writes process-wide state via os.Setenv when opts.Export && opts.Proxy`
	if opts == nil {
		return
	}
	if opts.Export && opts.Proxy != "" {
		os.Setenv("HTTPS_PROXY", opts.Proxy) // ok: judged where function code calls Setup
	}
	_ = user
}

// SetupEvent passes its options through to Setup: the condition is
// carried to its own parameter.
func SetupEvent(opts *Options) { // want SetupEvent:`writes process-wide state via helper.Setup -> os.Setenv when opts.Export && opts.Proxy`
	Setup("event", opts)
}

// SetupVerbose asks Setup to export whenever verbose is set.
func SetupVerbose(verbose bool, proxy string) { // want SetupVerbose:`writes process-wide state via helper.Setup -> os.Setenv when verbose && proxy`
	Setup("verbose", &Options{Export: verbose, Proxy: proxy})
}

// Debug writes the environment when debug is set.
func Debug(debug bool, user string) { // want Debug:`writes process-wide state via os.Setenv when debug`
	if debug {
		os.Setenv("DEBUG_USER", user) // ok: judged where function code calls Debug
	}
}

// Forced sets the option it then tests: the write does not depend on
// what the caller passed.
func Forced(opts *Options) { // want Forced:`writes process-wide state via os.Setenv$`
	opts.Export = true
	if opts.Export {
		os.Setenv("HTTPS_PROXY", opts.Proxy) // ok: judged where function code calls Forced
	}
}

// Aliased changes the options through another name.
func Aliased(opts *Options) { // want Aliased:`writes process-wide state via os.Setenv$`
	o := opts
	o.Export = true
	if opts.Export {
		os.Setenv("HTTPS_PROXY", opts.Proxy) // ok: judged where function code calls Aliased
	}
}

// Both writes on either branch.
func Both(opts Options) { // want Both:`writes process-wide state via os.Setenv$`
	if opts.Export {
		os.Setenv("HTTPS_PROXY", opts.Proxy) // ok: judged where function code calls Both
	} else {
		os.Setenv("NO_PROXY", opts.Region) // ok: judged where function code calls Both
	}
}

// Early returns unless asked to export: the condition is not an if
// around the write.
func Early(opts *Options) { // want Early:`writes process-wide state via os.Setenv$`
	if !opts.Export {
		return
	}
	os.Setenv("HTTPS_PROXY", opts.Proxy) // ok: judged where function code calls Early
}

// Either writes under one of two flags.
func Either(opts *Options, user string) { // want Either:`writes process-wide state via os.Setenv when opts.Export \|\| opts.Verbose`
	if opts.Export {
		os.Setenv("HTTPS_PROXY", opts.Proxy) // ok: judged where function code calls Either
	}
	if opts.Verbose {
		os.Setenv("CALLER", user) // ok: judged where function code calls Either
	}
}

// Decoded fills the options from data before it tests them: what the
// caller passed decides nothing.
func Decoded(data []byte, opts *Options) { // want Decoded:`writes process-wide state via os.Setenv$`
	_ = json.Unmarshal(data, opts)
	if opts.Export {
		os.Setenv("HTTPS_PROXY", opts.Proxy) // ok: judged where function code calls Decoded
	}
}

// Twice gives its options to two calls: the first could change them
// before the second, so the condition is not carried.
func Twice(opts *Options) { // want Twice:`writes process-wide state via helper.Setup -> os.Setenv$`
	Setup("first", opts)
	Setup("second", opts)
}
