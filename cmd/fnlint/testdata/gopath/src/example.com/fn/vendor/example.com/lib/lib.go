// Package lib is a vendored dependency: not the user's code, so nothing
// is reported in it.
package lib

import "log"

// Name exits, which no function of lib's is judged for.
func Name() string {
	log.Fatal("lib")
	return ""
}
