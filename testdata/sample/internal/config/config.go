// Package config reads the function's configuration.
package config

import (
	"log"
	"os"
)

// MustEnv returns the environment variable name, or exits when it is
// unset.
func MustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok {
		log.Fatalf("%s is not set", name)
	}
	return v
}
