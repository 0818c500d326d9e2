// Package shared exits on a missing setting: a fact other packages need.
package shared

import (
	"log"
	"os"
)

// MustEnv returns the variable k, or ends the process.
func MustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		log.Fatalf("%s is not set", k)
	}
	return v
}
