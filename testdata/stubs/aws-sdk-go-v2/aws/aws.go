// Package aws is a stub of github.com/aws/aws-sdk-go-v2/aws (the AWS SDK
// for Go v2) for fnlint's tests: the declarations fnlint matches, at
// their real import paths. The real SDK publishes config and each
// service as modules of their own; the stub keeps them in one module,
// which leaves the import paths as they are.
package aws

// Config is the configuration that service clients are built from.
type Config struct {
	Region string
}

// String returns a pointer to v.
func String(v string) *string { return &v }
