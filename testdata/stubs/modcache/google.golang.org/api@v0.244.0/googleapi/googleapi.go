// Package googleapi is a stub of google.golang.org/api/googleapi: the
// types the generated services' calls take.
package googleapi

// A Field names a field of a response, for partial responses.
type Field string

// A CallOption is an option of a call's Do method.
type CallOption interface{ Get() (key, value string) }
