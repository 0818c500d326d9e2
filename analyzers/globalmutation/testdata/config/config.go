// Package config is a helper package of the module.
package config

import "sync"

var (
	current string
	mu      sync.Mutex
	safe    string
)

// Set writes package-level state without a lock.
func Set(s string) { // want Set:"writes config.current"
	current = s
}

// SetSafe writes under a lock.
func SetSafe(s string) {
	mu.Lock()
	defer mu.Unlock()
	safe = s
}
