// Package aws is a stub of github.com/aws/aws-sdk-go/aws (the AWS SDK
// for Go v1) for fnlint's tests: the declarations fnlint matches, at
// their real import path.
package aws

// Config configures a session or a service client.
type Config struct {
	Region *string
}

// String returns a pointer to v.
func String(v string) *string { return &v }
