// Package metadata is a stub of the Compute Engine metadata client
// (cloud.google.com/go/compute/metadata), the declarations fnlint
// matches with their real signatures.
package metadata

import "context"

func ProjectID() (string, error)                                        { return "", nil }
func ProjectIDWithContext(ctx context.Context) (string, error)          { return "", nil }
func Email(serviceAccount string) (string, error)                       { return "", nil }
func Get(suffix string) (string, error)                                 { return "", nil }
func GetWithContext(ctx context.Context, suffix string) (string, error) { return "", nil }
