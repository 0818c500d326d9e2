// Package store writes files for the functions of the module, at the
// paths they give.
package store

import "os"

// Save writes data at path and removes it when done.
func Save(path string, data []byte) error { // want Save:`creates a file at \[0\] via os.WriteFile`
	defer os.Remove(path)
	return os.WriteFile(path, data, 0o600)
}

// Keep hands path on to Save.
func Keep(path string) error { return Save(path, nil) } // want Keep:`creates a file at \[0\] via store.Save -> os.WriteFile`

// Log opens a file at a path of its own.
func Log() { os.WriteFile("/tmp/log", nil, 0o600) }
