// Package deep is two packages below the entry point.
package deep

import "os"

// Fail exits.
func Fail() {
	os.Exit(1) // want `os.Exit terminates the function instance; `
}
