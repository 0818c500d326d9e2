// Package aws is a stub of github.com/aws/aws-sdk-go/aws (the AWS SDK
// for Go v1) for fnlint's tests: the declarations fnlint matches, at
// their real import path.
package aws

import "context"

// Config configures a session or a service client.
type Config struct {
	Region *string
}

// String returns a pointer to v.
func String(v string) *string { return &v }

// BackgroundContext returns a context that will never be canceled, has
// no values, and no deadline: context.Background() under the SDK's name
// (the real one, since Go 1.7, returns context.Background()).
func BackgroundContext() Context { return context.Background() }

// Context is an alias of context.Context, as the SDK declares it.
type Context = context.Context
