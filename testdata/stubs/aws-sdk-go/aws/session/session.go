// Package session is a stub of github.com/aws/aws-sdk-go/aws/session.
package session

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// A Session holds the configuration and credentials that service
// clients share.
type Session struct {
	Config *aws.Config
}

// Options configures NewSessionWithOptions.
type Options struct {
	Config  aws.Config
	Profile string
}

// New returns a new session (deprecated in the SDK: NewSession reports errors).
func New(cfgs ...*aws.Config) *Session { return &Session{} }

// NewSession returns a new session from the environment and the shared
// config files.
func NewSession(cfgs ...*aws.Config) (*Session, error) { return &Session{}, nil }

// NewSessionWithOptions returns a new session configured by opts.
func NewSessionWithOptions(opts Options) (*Session, error) { return &Session{}, nil }

// Must panics when err is not nil, and returns sess.
func Must(sess *Session, err error) *Session {
	if err != nil {
		panic(err)
	}
	return sess
}

// ClientConfig makes Session a client.ConfigProvider.
func (s *Session) ClientConfig(serviceName string, cfgs ...*aws.Config) client.Config {
	return client.Config{Config: s.Config}
}
