// Package gcsguard declares 1st-gen Cloud Storage functions that test
// the object before writing into their trigger's bucket.
package gcsguard

import (
	"context"
	"regexp"
	"strings"

	"cloud.google.com/go/storage"
)

// GCSEvent is the object a Cloud Storage event is about.
type GCSEvent struct {
	Bucket     string `json:"bucket"`
	ObjectName string `json:"name"`
	Metadata   map[string]string
}

var client *storage.Client

// Prefix returns early for the objects it writes.
func Prefix(ctx context.Context, e GCSEvent) error {
	if strings.HasPrefix(e.ObjectName, "thumb-") {
		return nil
	}
	return client.Bucket(e.Bucket).Object("thumb-" + e.ObjectName).NewWriter(ctx).Close() // ok: guarded
}

// Helper tests the name in a helper.
func Helper(ctx context.Context, e GCSEvent) error {
	if !should(e.ObjectName) {
		return nil
	}
	return client.Bucket(e.Bucket).Object("small@" + e.ObjectName).NewWriter(ctx).Close() // ok: guarded
}

func should(name string) bool {
	done, _ := regexp.MatchString("^small@", name)
	return !done
}

// Marked tests the object's metadata.
func Marked(ctx context.Context, e GCSEvent) error {
	if e.Metadata["processed"] == "true" {
		return nil
	}
	return client.Bucket(e.Bucket).Object(e.ObjectName).NewWriter(ctx).Close() // ok: guarded
}

// Local tests a name derived from the event's.
func Local(ctx context.Context, e GCSEvent) error {
	out := "out/" + e.ObjectName
	if len(out) > 1024 {
		return nil
	}
	return client.Bucket(e.Bucket).Object(out).NewWriter(ctx).Close() // ok: guarded (a test of a name derived from the object's)
}

// InSink tests the name where it writes.
func InSink(ctx context.Context, e GCSEvent) error {
	return write(ctx, e.Bucket, e.ObjectName) // ok: the function written to tests the name
}

func write(ctx context.Context, bucket, name string) error {
	if strings.HasSuffix(name, ".out") {
		return nil
	}
	return client.Bucket(bucket).Object(name + ".out").NewWriter(ctx).Close()
}
