package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
)

// maxMessage bounds the size of a message the server reads: a larger
// one (a didChange of a 200 MB buffer) is skipped as it streams in,
// never held.
const maxMessage = 16 << 20

// maxHeader bounds a header line.
const maxHeader = 4096

// codec is the base protocol's framing (Content-Length headers, as
// jsonrpc2.VSCodeObjectCodec) with a bound on the size of a message and
// a report of every framing or JSON error before the stream ends.
type codec struct {
	// tooLarge is called, on the reading goroutine, for a message of n
	// bytes that was skipped.
	tooLarge func(n int64)
	// broken is called, on the reading goroutine, with a framing or JSON
	// error, after which the connection closes.
	broken func(err error)
}

func (codec) WriteObject(w io.Writer, obj any) error {
	return jsonrpc2.VSCodeObjectCodec{}.WriteObject(w, obj)
}

func (c codec) ReadObject(r *bufio.Reader, v any) error {
	for {
		n, err := readHeader(r)
		if errors.Is(err, io.EOF) {
			return err // the client closed the stream between messages
		}
		if err != nil {
			c.broken(err)
			return err
		}
		if n > maxMessage {
			if _, err := io.CopyN(io.Discard, r, n); err != nil {
				err = fmt.Errorf("reading a message of %d bytes: %w", n, err)
				c.broken(err)
				return err
			}
			c.tooLarge(n)
			continue
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			err = fmt.Errorf("reading a message of %d bytes: %w", n, err)
			c.broken(err)
			return err
		}
		if err := json.Unmarshal(body, v); err != nil {
			err = fmt.Errorf("invalid JSON-RPC message: %w", err)
			c.broken(err)
			return err
		}
		return nil
	}
}

// readHeader reads a message's header and returns its Content-Length;
// io.EOF when the stream ends before the header starts.
func readHeader(r *bufio.Reader) (int64, error) {
	length := int64(-1)
	for first := true; ; first = false {
		line, err := r.ReadSlice('\n')
		switch {
		case errors.Is(err, io.EOF) && first && len(line) == 0:
			return 0, io.EOF
		case errors.Is(err, bufio.ErrBufferFull) || len(line) > maxHeader:
			return 0, fmt.Errorf("a header line longer than %d bytes", maxHeader)
		case errors.Is(err, io.EOF):
			return 0, fmt.Errorf("reading a header: %w", io.ErrUnexpectedEOF)
		case err != nil:
			return 0, fmt.Errorf("reading a header: %w", err)
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		if len(line) == 0 {
			break
		}
		name, value, ok := strings.Cut(string(line), ":")
		if !ok {
			return 0, fmt.Errorf("malformed header %q", line)
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || n < 0 {
				return 0, fmt.Errorf("malformed Content-Length %q", value)
			}
			length = n
		}
	}
	if length < 0 {
		return 0, errors.New("a message without a Content-Length header")
	}
	return length, nil
}
