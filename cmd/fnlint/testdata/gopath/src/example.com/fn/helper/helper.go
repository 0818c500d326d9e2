// Package helper is the user's code in a GOPATH: its exit reaches the
// function that calls it.
package helper

import (
	"log"
	"os"
)

// MustEnv returns the variable's value, or exits.
func MustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		log.Fatalf("%s is not set", name)
	}
	return v
}
