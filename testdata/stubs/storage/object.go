package storage

import "context"

// Read reads from the object's content.
func (r *Reader) Read(p []byte) (int, error) { return 0, nil }

// Write writes to the object's content.
func (w *Writer) Write(p []byte) (int, error) { return len(p), nil }

// ObjectName returns the object's name.
func (o *ObjectHandle) ObjectName() string { return "" }

// BucketName returns the object's bucket's name.
func (o *ObjectHandle) BucketName() string { return "" }

// Copier copies a source object to a destination.
type Copier struct{}

// Run performs the copy.
func (c *Copier) Run(ctx context.Context) (*ObjectAttrs, error) { return &ObjectAttrs{}, nil }

// ObjectAttrs are an object's attributes.
type ObjectAttrs struct {
	Bucket, Name string
}

// CopierFrom returns a Copier that copies src to the object o.
func (o *ObjectHandle) CopierFrom(src *ObjectHandle) *Copier { return &Copier{} }
