// Package objects reads the streams it is given.
package objects

import (
	"bytes"
	"io"
)

// ReadBody reads the whole stream r.
func ReadBody(r io.ReadCloser) ([]byte, error) { // want ReadBody:`reads a whole stream via \[0\] via io.ReadAll`
	defer r.Close()
	return io.ReadAll(r)
}

// Buffer reads the whole stream r into a buffer, through a local copy.
func Buffer(r io.Reader) *bytes.Buffer { // want Buffer:`reads a whole stream via \[0\] via \(\*bytes.Buffer\).ReadFrom`
	src := r
	var buf bytes.Buffer
	buf.ReadFrom(src)
	return &buf
}

// Head reads at most n bytes of r.
func Head(r io.Reader, n int64) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, n))
}
