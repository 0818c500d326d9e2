// Package gcsfn declares 1st-gen Cloud Storage functions (made entry
// points by the test's flag) that write into their trigger's bucket.
package gcsfn

import (
	"context"
	"fmt"

	"cloud.google.com/go/storage"
)

// GCSEvent is the object a Cloud Storage event is about.
type GCSEvent struct {
	Bucket      string `json:"bucket"`
	Name        string `json:"name"`
	ContentType string `json:"contentType"`
}

var client *storage.Client

// Thumbnail writes a thumbnail next to the object, with no test.
func Thumbnail(ctx context.Context, e GCSEvent) error {
	w := client.Bucket(e.Bucket).Object("thumb-" + e.Name).NewWriter(ctx) // want `\(\*storage.ObjectHandle\).NewWriter writes into the bucket whose event triggered the function, with no test of the object's name on the way: each object written there fires the trigger again, a loop that runs, and bills, until stopped; return early for the objects the function writes \(a prefix or suffix of their names\), or write them to another bucket`
	defer w.Close()
	return nil
}

// Resize writes through a helper given the bucket's handle.
func Resize(ctx context.Context, e GCSEvent) error {
	bucket := client.Bucket(e.Bucket)
	src := bucket.Object(e.Name)
	for _, size := range []int{100, 500} {
		if err := resize(ctx, bucket, src, size); err != nil { // want `calls gcsfn.resize, which gives it to \(\*storage.ObjectHandle\).NewWriter writes into the bucket whose event triggered the function`
			return err
		}
	}
	return nil
}

func resize(ctx context.Context, bucket *storage.BucketHandle, src *storage.ObjectHandle, size int) error {
	name := fmt.Sprintf("%d@%s", size, src.ObjectName())
	w := bucket.Object(name).NewWriter(ctx) // ok: judged where the bucket is given
	return w.Close()
}

// Copy copies the object into the same bucket.
func Copy(ctx context.Context, e *GCSEvent) error {
	dst := client.Bucket(e.Bucket).Object("copies/" + e.Name)
	_, err := dst.CopierFrom(client.Bucket(e.Bucket).Object(e.Name)).Run(ctx) // want `\(\*storage.ObjectHandle\).CopierFrom writes into the bucket whose event triggered the function`
	return err
}

// Archive writes into another bucket.
func Archive(ctx context.Context, e GCSEvent) error {
	w := client.Bucket("archive").Object(e.Name).NewWriter(ctx) // ok: another bucket
	return w.Close()
}

// Read only reads the object.
func Read(ctx context.Context, e GCSEvent) error {
	r, err := client.Bucket(e.Bucket).Object(e.Name).NewReader(ctx) // ok: a read
	if err != nil {
		return err
	}
	return r.Close()
}

// Deep writes through two calls, where the one in between could test
// the name.
func Deep(ctx context.Context, e GCSEvent) error {
	return outer(ctx, e.Bucket) // ok: more than one call deep (a known blind spot)
}

func outer(ctx context.Context, bucket string) error { return inner(ctx, bucket) }

func inner(ctx context.Context, bucket string) error {
	return client.Bucket(bucket).Object("x").NewWriter(ctx).Close()
}

// Field keeps the bucket in a struct first.
func Field(ctx context.Context, e GCSEvent) error {
	j := job{bucket: e.Bucket}
	return client.Bucket(j.bucket).Object("out").NewWriter(ctx).Close() // ok: through a struct field (a known blind spot)
}

type job struct{ bucket string }

// Move moves the object through a helper given the whole event, after
// testing its name.
func Move(ctx context.Context, e GCSEvent) error {
	if e.Name == "" {
		return nil
	}
	return move(ctx, e, "done/"+e.Name)
}

func move(ctx context.Context, e GCSEvent, dest string) error {
	src := client.Bucket(e.Bucket).Object(e.Name)
	_, err := client.Bucket(e.Bucket).Object(dest).CopierFrom(src).Run(ctx) // ok: the event's bucket read in a helper, whose caller's tests are not looked at
	return err
}
