// Package s3 is a stub of the preview AWS SDK for Go v2's (v0.7.0) S3
// client.
package s3

import "github.com/aws/aws-sdk-go-v2/aws"

// S3 provides the API operation methods for making requests to Amazon
// Simple Storage Service.
type S3 struct {
	cfg aws.Config
}

// New creates a new instance of the client from the provided Config.
func New(config aws.Config) *S3 {
	return &S3{cfg: config}
}
