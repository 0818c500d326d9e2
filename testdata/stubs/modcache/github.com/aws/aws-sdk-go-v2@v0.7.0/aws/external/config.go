// Package external is a stub of the preview AWS SDK for Go v2's
// (v0.7.0) loader of the configuration from the environment and the
// shared config and credentials files.
package external

import "github.com/aws/aws-sdk-go-v2/aws"

// Config is a source of configuration.
type Config interface{}

// LoadDefaultAWSConfig reads the SDK's default external configurations
// (environment variables, the shared configuration and credentials
// files) and resolves an aws.Config from them.
func LoadDefaultAWSConfig(configs ...Config) (aws.Config, error) {
	return aws.Config{}, nil
}
