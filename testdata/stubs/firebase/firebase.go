// Package firebase is a stub of the Firebase Admin SDK.
package firebase

import "context"

type App struct{}
type Config struct{ ProjectID string }
type FirestoreClient struct{}
type AuthClient struct{}

func NewApp(ctx context.Context, config *Config, opts ...any) (*App, error) { return &App{}, nil }
func (a *App) Firestore(ctx context.Context) (*FirestoreClient, error)      { return nil, nil }
func (a *App) Auth(ctx context.Context) (*AuthClient, error)                { return nil, nil }
