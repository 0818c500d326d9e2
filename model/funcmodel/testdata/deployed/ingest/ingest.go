// Package ingest is a background function below the module root, named
// by an event-triggered deployment.
package ingest

import "context"

type Message struct{ Data []byte }

func Ingest(ctx context.Context, m Message) error { return nil } // want `entry background "Ingest" via deployed by main.tf \(Cloud Run functions\)` `deployed as main.tf google_cloudfunctions_function.ingest \(Cloud Run functions, go122\)` `fc\[Ingest\]`
