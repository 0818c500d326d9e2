// Package common holds the helpers that the user's functions share, in a
// module of its own that example.com/fn replaces with this directory.
package common

import (
	"log"
	"os"
)

// MustEnv returns the value of the environment variable key, and ends the
// process when it is unset.
func MustEnv(key string) string {
	v := os.Getenv(key)
	if v == "" {
		log.Fatalf("%s is not set", key)
	}
	return v
}
