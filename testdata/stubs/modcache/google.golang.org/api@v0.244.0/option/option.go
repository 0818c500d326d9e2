// Package option is a stub of google.golang.org/api/option.
package option

import "net/http"

// A ClientOption is an option for a Google API client.
type ClientOption interface{ Apply(*Settings) }

// Settings holds what the options set.
type Settings struct {
	HTTPClient      *http.Client
	CredentialsFile string
}

type withHTTPClient struct{ c *http.Client }

func (w withHTTPClient) Apply(s *Settings) { s.HTTPClient = w.c }

// WithHTTPClient returns a ClientOption that specifies the HTTP client
// to use as the basis of communications.
func WithHTTPClient(client *http.Client) ClientOption { return withHTTPClient{client} }

type withCredentialsFile string

func (w withCredentialsFile) Apply(s *Settings) { s.CredentialsFile = string(w) }

// WithCredentialsFile returns a ClientOption that authenticates API
// calls with the given service account or refresh token JSON
// credentials file.
func WithCredentialsFile(filename string) ClientOption { return withCredentialsFile(filename) }
