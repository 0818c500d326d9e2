// Package util holds helpers that the entry points of other packages
// call.
package util

import (
	"log"
	"os"

	"example.com/crosspkg/deep"
)

// Check exits when name is empty.
func Check(name string) {
	if name == "" {
		log.Fatal("no name") // want `log.Fatal terminates the function instance, or on Lambda ends the Lambda runtime process`
	}
}

// Chain calls a helper of another package.
func Chain() { deep.Fail() }

// A Config says what Maybe does.
type Config struct{ Exit bool }

// Maybe exits only when the Config says so: the callers decide.
func Maybe(c Config) {
	if c.Exit {
		os.Exit(2) // ok: judged at the calls, whose arguments decide the condition
	}
}

// MaybeVia hands its Config to Maybe: its callers decide too.
func MaybeVia(c Config) { Maybe(c) }

// Both exits always, and under a test of its Config too: its callers'
// calls are not reported, so both exits are, here.
func Both(c Config) {
	if c.Exit {
		os.Exit(5) // want `os.Exit terminates the function instance`
	}
	log.Fatal("always") // want `log.Fatal terminates the function instance`
}

// Exiter exits.
type Exiter struct{}

// Exit is called through an interface of another package.
func (Exiter) Exit() {
	os.Exit(3) // want `os.Exit terminates the function instance; return an error to the handler`
}

// Boom is called from a map of function values.
func Boom() {
	os.Exit(4) // ok: reached only through a map of function values, which the model does not follow (a blind spot)
}

var hits int

// Count counts the calls, in a package-level variable.
func Count() {
	hits++ // want `write to package-level variable util.hits without synchronization in Count`
}
