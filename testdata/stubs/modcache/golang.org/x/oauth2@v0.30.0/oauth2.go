// Package oauth2 is a stub of golang.org/x/oauth2.
package oauth2

import (
	"context"
	"net/http"
)

// A Token represents the credentials used to authorize the requests.
type Token struct{ AccessToken string }

// A TokenSource is anything that can return a token.
type TokenSource interface {
	Token() (*Token, error)
}

// Transport is an http.RoundTripper that makes OAuth 2.0 HTTP requests.
type Transport struct {
	Source TokenSource
	Base   http.RoundTripper
}

// RoundTrip authorizes and authenticates the request.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	return t.Base.RoundTrip(req)
}

// NewClient creates an *http.Client from a context and TokenSource;
// it wraps the context's client (http.DefaultClient by default) and
// creates no connections of its own.
func NewClient(ctx context.Context, src TokenSource) *http.Client {
	if src == nil {
		return http.DefaultClient
	}
	return &http.Client{Transport: &Transport{Base: http.DefaultTransport, Source: src}}
}
