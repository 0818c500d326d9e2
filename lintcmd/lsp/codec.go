package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
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
// a report of every framing error before the stream ends. A message
// framed correctly whose content is not a JSON-RPC message is returned as
// an *invalidMessage, which answering answers before it reads on.
type codec struct {
	// tooLarge is called, on the reading goroutine, for a message of n
	// bytes that was skipped.
	tooLarge func(n int64)
	// broken is called, on the reading goroutine, with a framing error,
	// after which the connection closes.
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
		return decode(body, v)
	}
}

// An invalidMessage is a message framed correctly whose content is not
// JSON (a parse error) or not a JSON-RPC request or response (an invalid
// request). JSON-RPC 2.0 answers it with an error and goes on: only
// broken framing leaves the reader unable to find the next message.
type invalidMessage struct {
	id   *jsonrpc2.ID // the message's id, when one could be read
	code int64        // jsonrpc2.CodeParseError or CodeInvalidRequest
	err  error
}

func (m *invalidMessage) Error() string { return m.err.Error() }

// decode decodes a message's body into v, or returns an *invalidMessage.
func decode(body []byte, v any) error {
	if err := json.Unmarshal(body, new(json.RawMessage)); err != nil {
		return &invalidMessage{code: jsonrpc2.CodeParseError, err: fmt.Errorf("a message that is not JSON: %w", err)}
	}
	switch trimmed := bytes.TrimLeft(body, " \t\r\n"); trimmed[0] {
	case '{':
	case '[':
		return &invalidMessage{code: jsonrpc2.CodeInvalidRequest, err: errors.New("a batch of messages: the language server protocol sends one message at a time")}
	default:
		return &invalidMessage{code: jsonrpc2.CodeInvalidRequest, err: fmt.Errorf("a message that is not a JSON object: %.40s", trimmed)}
	}
	if err := json.Unmarshal(body, v); err != nil {
		bad := &invalidMessage{code: jsonrpc2.CodeInvalidRequest, err: fmt.Errorf("not a JSON-RPC request or response: %w", err)}
		var m struct {
			ID json.RawMessage `json:"id"`
		}
		var id jsonrpc2.ID
		if json.Unmarshal(body, &m) == nil && len(m.ID) > 0 && string(m.ID) != "null" && json.Unmarshal(m.ID, &id) == nil {
			bad.id = &id // else the answer's id is null
		}
		return bad
	}
	return nil
}

// response returns the error response to m: its id, or null.
func (m *invalidMessage) response() any {
	return struct {
		JSONRPC string         `json:"jsonrpc"`
		ID      *jsonrpc2.ID   `json:"id"`
		Error   jsonrpc2.Error `json:"error"`
	}{"2.0", m.id, jsonrpc2.Error{Code: m.code, Message: "fnlint lsp: " + m.err.Error()}}
}

// answering is the server's stream: it answers each invalid message with
// an error response, reports it, and reads the next message.
type answering struct {
	jsonrpc2.ObjectStream
	// invalid is called, on the reading goroutine, with an invalid
	// message before it is answered.
	invalid func(*invalidMessage)
}

func (a answering) ReadObject(v any) error {
	for {
		err := a.ObjectStream.ReadObject(v)
		var bad *invalidMessage
		if !errors.As(err, &bad) {
			return err
		}
		// A message decoded in part must not leak into the next one.
		reflect.ValueOf(v).Elem().SetZero()
		a.invalid(bad)
		if err := a.WriteObject(bad.response()); err != nil {
			return err
		}
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
