// Package aws is a stub of the preview AWS SDK for Go v2 (v0.7.0): the
// configuration its service clients are built from.
package aws

// A Config provides service configuration for service clients.
type Config struct {
	// The region to send requests to.
	Region string
}
