// Package shared is named as a Lambda function's code, but is no main
// package.
package shared

import "context"

func Handle(ctx context.Context) error { return nil } // ok: not a main package
