// Package idtoken is a stub of google.golang.org/api/idtoken: NewClient
// clones http.DefaultTransport for the client it returns.
package idtoken

import (
	"context"
	"net/http"

	"google.golang.org/api/option"
	htransport "google.golang.org/api/transport/http"
)

// ClientOption is for configuring a Google API client or transport.
type ClientOption = option.ClientOption

// NewClient creates a HTTP Client that automatically adds an ID token
// to each request via an Authorization header.
func NewClient(ctx context.Context, audience string, opts ...ClientOption) (*http.Client, error) {
	httpTransport := http.DefaultTransport.(*http.Transport).Clone()
	t, err := htransport.NewTransport(ctx, httpTransport, opts...)
	if err != nil {
		return nil, err
	}
	return &http.Client{Transport: t}, nil
}
