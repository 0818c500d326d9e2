// Package sheets is a stub of google.golang.org/api/sheets/v4, generated code
// of the same shape for every API: NewService builds its HTTP client
// with transport/http.NewClient.
package sheets

import (
	"context"
	"net/http"

	"google.golang.org/api/option"
	htransport "google.golang.org/api/transport/http"
)

const basePath = "https://sheets.googleapis.com/"

// NewService creates a new Service.
func NewService(ctx context.Context, opts ...option.ClientOption) (*Service, error) {
	client, endpoint, err := htransport.NewClient(ctx, opts...)
	if err != nil {
		return nil, err
	}
	s := &Service{client: client, BasePath: basePath}
	if endpoint != "" {
		s.BasePath = endpoint
	}
	return s, nil
}

// Service is the API's service.
type Service struct {
	client   *http.Client
	BasePath string
}
