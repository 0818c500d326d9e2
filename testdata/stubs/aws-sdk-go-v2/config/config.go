// Package config is a stub of github.com/aws/aws-sdk-go-v2/config.
package config

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// LoadOptions configures LoadDefaultConfig.
type LoadOptions struct {
	Region string
}

// LoadDefaultConfig reads the environment and the shared config and
// credentials files into an aws.Config.
func LoadDefaultConfig(ctx context.Context, optFns ...func(*LoadOptions) error) (aws.Config, error) {
	return aws.Config{}, nil
}

// WithRegion sets the region.
func WithRegion(v string) func(*LoadOptions) error {
	return func(o *LoadOptions) error { o.Region = v; return nil }
}
