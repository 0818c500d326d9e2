package fns

import (
	"context"

	"cloud.google.com/go/storage"
)

// A test's client is no instance's cold start.
var testClient, _ = storage.NewClient(context.Background()) // ok: a test file

var _ = testClient
