// Package ingest is a background function that main.tf deploys.
package ingest

import "context"

type Message struct{ Data []byte }

func Ingest(ctx context.Context, m Message) error { return nil }
