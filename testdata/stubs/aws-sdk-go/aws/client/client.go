// Package client is a stub of github.com/aws/aws-sdk-go/aws/client.
package client

import "github.com/aws/aws-sdk-go/aws"

// Config is the configuration a service client is built from.
type Config struct {
	Config *aws.Config
}

// ConfigProvider provides a service client's configuration: a session.
type ConfigProvider interface {
	ClientConfig(serviceName string, cfgs ...*aws.Config) Config
}
