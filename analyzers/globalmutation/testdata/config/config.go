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

var table = map[string]string{}

// Put takes its own lock around an unexported setter: its callers are
// synchronized.
func Put(k, v string) {
	mu.Lock()
	defer mu.Unlock()
	put(k, v)
}

func put(k, v string) { table[k] = v }

// Deep reaches a write through a long chain of calls.
func Deep() { d1() } // want Deep:"writes config.d1 -> config.d2 -> config.d3 -> config.d4 -> config.d5 -> config.deepest"

func d1() { d2() }
func d2() { d3() }
func d3() { d4() }
func d4() { d5() }
func d5() { d6() }
func d6() { deepest++ }

var deepest int
