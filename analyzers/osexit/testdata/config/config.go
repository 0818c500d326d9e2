// Package config is a helper package of the module: its exits reach
// function code through facts.
package config

import (
	"log"
	"os"
)

// MustEnv returns an environment variable or exits.
func MustEnv(name string) string { // want MustEnv:"exits via log.Fatalf"
	v := os.Getenv(name)
	if v == "" {
		log.Fatalf("missing %s", name)
	}
	return v
}

// Project exits through MustEnv.
func Project() string { // want Project:"exits via config.MustEnv -> log.Fatalf"
	return MustEnv("PROJECT")
}

// Env never exits.
func Env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// even and odd are mutually recursive; the fact computation terminates.
func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n < 0 {
		os.Exit(2)
	}
	return even(n - 1)
}

// Even is exported.
func Even(n int) bool { return even(n) } // want Even:"exits via config.even -> config.odd -> os.Exit"

// Cache is a generic type of the module whose method exits.
type Cache[K comparable, V any] struct{ m map[K]V }

// MustGet exits when the key is missing: callers see it through the
// fact on the method's origin.
func (c *Cache[K, V]) MustGet(k K) V { // want MustGet:"exits via log.Fatal"
	v, ok := c.m[k]
	if !ok {
		log.Fatal("missing key")
	}
	return v
}

// Recover stops a panic of the goroutine that defers it.
func Recover() { // want Recover:"recovers"
	if r := recover(); r != nil {
		log.Print(r)
	}
}
