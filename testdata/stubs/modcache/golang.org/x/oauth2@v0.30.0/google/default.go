// Package google is a stub of golang.org/x/oauth2/google: finding the
// default credentials reads the credentials file named by the
// environment or the well-known file of gcloud.
package google

import (
	"context"
	"net/http"
	"os"
	"path/filepath"

	"golang.org/x/oauth2"
)

// Credentials holds Google credentials.
type Credentials struct {
	JSON        []byte
	TokenSource oauth2.TokenSource
}

type fileSource struct{ json []byte }

func (f fileSource) Token() (*oauth2.Token, error) { return &oauth2.Token{}, nil }

// DefaultClient returns an HTTP Client that uses the DefaultTokenSource
// to obtain authentication credentials.
func DefaultClient(ctx context.Context, scope ...string) (*http.Client, error) {
	ts, err := DefaultTokenSource(ctx, scope...)
	if err != nil {
		return nil, err
	}
	return oauth2.NewClient(ctx, ts), nil
}

// DefaultTokenSource returns the token source for "Application Default
// Credentials".
func DefaultTokenSource(ctx context.Context, scope ...string) (oauth2.TokenSource, error) {
	creds, err := FindDefaultCredentials(ctx, scope...)
	if err != nil {
		return nil, err
	}
	return creds.TokenSource, nil
}

// FindDefaultCredentials searches for "Application Default Credentials".
func FindDefaultCredentials(ctx context.Context, scopes ...string) (*Credentials, error) {
	filename := os.Getenv("GOOGLE_APPLICATION_CREDENTIALS")
	if filename == "" {
		filename = filepath.Join(os.Getenv("HOME"), ".config", "gcloud", "application_default_credentials.json")
	}
	b, err := os.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	return &Credentials{JSON: b, TokenSource: fileSource{b}}, nil
}
