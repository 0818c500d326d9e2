// Package awsutil builds the AWS clients of the function's module, in
// helpers the handlers of other packages call.
package awsutil

import (
	"context"
	"sync"

	awsv2 "github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	s3v2 "github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

// Clients holds the clients a handler uses.
type Clients struct {
	Sess *session.Session
	S3   *s3.S3
}

// New creates the clients from a new session.
func New() (*Clients, error) { // want New:"creates a client via session.NewSession"
	sess, err := session.NewSession()
	if err != nil {
		return nil, err
	}
	return &Clients{Sess: sess, S3: s3.New(sess)}, nil
}

// Config loads the AWS configuration.
func Config(ctx context.Context) (awsv2.Config, error) { // want Config:"creates a client via config.LoadDefaultConfig"
	return config.LoadDefaultConfig(ctx)
}

// Factory builds clients for its region.
type Factory struct{ Region string }

// Bucket returns an S3 client built from a new configuration.
func (f *Factory) Bucket(ctx context.Context) (*s3v2.Client, error) { // want Bucket:"creates a client via s3.NewFromConfig"
	cfg, err := Config(ctx)
	if err != nil {
		return nil, err
	}
	return s3v2.NewFromConfig(cfg), nil
}

// NewS3 is a constructor kept in a function variable.
var NewS3 = func(ctx context.Context) (*s3v2.Client, error) { // want NewS3:"creates a client via config.LoadDefaultConfig"
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return s3v2.NewFromConfig(cfg), nil
}

// Shared is the client of a sync.OnceValues: created once per instance.
var Shared = sync.OnceValues(func() (*s3v2.Client, error) {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		return nil, err
	}
	return s3v2.NewFromConfig(cfg), nil
})

var shared = sync.OnceValues(func() (*Clients, error) { return New() })

// Get returns the clients of a sync.OnceValues: created once.
func Get() (*Clients, error) { return shared() }
