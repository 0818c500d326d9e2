package s3

import "io"

// GetObjectInput is the input of GetObject.
type GetObjectInput struct {
	Bucket, Key *string
}

// GetObjectOutput is the output of GetObject: Body streams the object.
type GetObjectOutput struct {
	Body          io.ReadCloser
	ContentLength *int64
}

// GetObject retrieves an object.
func (c *S3) GetObject(in *GetObjectInput) (*GetObjectOutput, error) { return &GetObjectOutput{}, nil }

// CopyObjectInput is the input of CopyObject: Bucket is the
// destination bucket.
type CopyObjectInput struct {
	Bucket, CopySource, Key *string
}

// CopyObjectOutput is the output of CopyObject.
type CopyObjectOutput struct{}

// CopyObject copies an object.
func (c *S3) CopyObject(in *CopyObjectInput) (*CopyObjectOutput, error) {
	return &CopyObjectOutput{}, nil
}
