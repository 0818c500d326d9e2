// Package settings loads the function's settings once per instance, in
// initializers of sync.OnceValue, OnceValues and OnceFunc.
package settings

import (
	"log"
	"os"
	"sync"
)

// Settings are the function's settings.
type Settings struct{ Bucket string }

var load = sync.OnceValue(func() Settings {
	b := os.Getenv("BUCKET")
	if b == "" {
		log.Fatalf("BUCKET is not set")
	}
	return Settings{Bucket: b}
})

// Get returns the settings, loading them on the first call.
func Get() Settings { return load() } // want Get:"exits via log.Fatalf"

var loadBoth = sync.OnceValues(func() (Settings, error) {
	if os.Getenv("BUCKET") == "" {
		log.Fatal("BUCKET is not set")
	}
	return Settings{Bucket: os.Getenv("BUCKET")}, nil
})

// GetBoth returns the settings and an error.
func GetBoth() (Settings, error) { return loadBoth() } // want GetBoth:"exits via log.Fatal"

var check = sync.OnceFunc(func() {
	if os.Getenv("BUCKET") == "" {
		os.Exit(1)
	}
})

// Check checks the settings on its first call.
func Check() { check() } // want Check:"exits via os.Exit"

var quiet = sync.OnceValue(func() Settings {
	return Settings{Bucket: os.Getenv("BUCKET")}
})

// Quiet returns the settings, with no exit.
func Quiet() Settings { return quiet() }

// Plain is the same helper as Get without sync.OnceValue.
func Plain() Settings { // want Plain:"exits via log.Fatalf"
	b := os.Getenv("BUCKET")
	if b == "" {
		log.Fatalf("BUCKET is not set")
	}
	return Settings{Bucket: b}
}

// Load is a sync.OnceValue result exported as a variable: its callers
// call the initializer through it.
var Load = sync.OnceValue(func() Settings { // want Load:"exits via log.Fatalf"
	b := os.Getenv("BUCKET")
	if b == "" {
		log.Fatalf("BUCKET is not set")
	}
	return Settings{Bucket: b}
})

// LoadBoth is a sync.OnceValues result exported as a variable.
var LoadBoth = sync.OnceValues(func() (Settings, error) { // want LoadBoth:"exits via log.Fatal"
	if os.Getenv("BUCKET") == "" {
		log.Fatal("BUCKET is not set")
	}
	return Settings{}, nil
})

// Quick is an exported sync.OnceValue result whose initializer does not
// exit.
var Quick = sync.OnceValue(func() Settings { return Settings{} })

// Store keeps its settings loader in a field.
type Store struct {
	load func() Settings
}

// NewStore returns a Store whose settings load once.
func NewStore() *Store {
	return &Store{load: sync.OnceValue(func() Settings {
		b := os.Getenv("BUCKET")
		if b == "" {
			log.Fatalf("BUCKET is not set")
		}
		return Settings{Bucket: b}
	})}
}

// Settings returns the store's settings.
func (s *Store) Settings() Settings { return s.load() } // want Settings:"exits via log.Fatalf"

// Lazy returns a function that loads the settings once.
func Lazy() func() Settings {
	return sync.OnceValue(func() Settings {
		if os.Getenv("BUCKET") == "" {
			log.Fatalf("BUCKET is not set")
		}
		return Settings{}
	})
}
