// Package http is a stub of google.golang.org/api/transport/http with
// the real shape of NewClient: it builds its base transport by cloning
// http.DefaultTransport, unless an option gives an HTTP client.
package http

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"

	"google.golang.org/api/option"
)

// NewClient returns an HTTP client for use communicating with a Google
// cloud service, configured with the given ClientOptions. It also
// returns the endpoint for the service as specified in the options.
func NewClient(ctx context.Context, opts ...option.ClientOption) (*http.Client, string, error) {
	var s option.Settings
	for _, o := range opts {
		o.Apply(&s)
	}
	if s.HTTPClient != nil {
		return s.HTTPClient, "", nil
	}
	trans, err := newTransport(ctx, defaultBaseTransport(ctx), &s)
	if err != nil {
		return nil, "", err
	}
	return &http.Client{Transport: trans}, "", nil
}

// NewTransport creates an http.RoundTripper for use communicating with
// a Google cloud service, configured with the given ClientOptions. Its
// RoundTrip method delegates to base.
func NewTransport(ctx context.Context, base http.RoundTripper, opts ...option.ClientOption) (http.RoundTripper, error) {
	var s option.Settings
	for _, o := range opts {
		o.Apply(&s)
	}
	return newTransport(ctx, base, &s)
}

// newTransport wraps base in an OAuth2 transport with the credentials
// it finds (the real one asks internal.Creds, which falls back to
// google.FindDefaultCredentialsWithParams).
func newTransport(ctx context.Context, base http.RoundTripper, s *option.Settings) (http.RoundTripper, error) {
	creds, err := google.FindDefaultCredentials(ctx)
	if err != nil {
		return nil, err
	}
	return &oauth2.Transport{Base: base, Source: creds.TokenSource}, nil
}

func defaultBaseTransport(ctx context.Context) http.RoundTripper {
	trans := clonedTransport(http.DefaultTransport)
	if trans == nil {
		trans = fallbackBaseTransport()
	}
	return trans
}

func fallbackBaseTransport() *http.Transport {
	return &http.Transport{MaxIdleConnsPerHost: 100}
}

func clonedTransport(rt http.RoundTripper) *http.Transport {
	t, ok := rt.(*http.Transport)
	if !ok {
		return nil
	}
	return t.Clone()
}
