package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"strings"
	"testing"

	"github.com/sourcegraph/jsonrpc2"
)

func TestCodec(t *testing.T) {
	big := strings.Repeat("x", maxMessage+1)
	for _, tc := range []struct {
		name, in string
		want     []string // the messages read, then an error (or EOF)
		tooLarge int
		broken   string
	}{
		{"two messages", "Content-Length: 2\r\n\r\n{}Content-Type: x\r\ncontent-length:  3 \r\n\r\n{ }", []string{"{}", "{ }"}, 0, ""},
		{"LF only", "Content-Length: 2\n\n{}", []string{"{}"}, 0, ""},
		{"skipped", "Content-Length: " + itoa(len(big)) + "\r\n\r\n" + big + "Content-Length: 2\r\n\r\n{}", []string{"{}"}, 1, ""},
		{"no length", "Content-Type: x\r\n\r\n{}", nil, 0, "without a Content-Length"},
		{"bad length", "Content-Length: -1\r\n\r\n", nil, 0, "malformed Content-Length"},
		{"bad header", "hello\r\n\r\n", nil, 0, "malformed header"},
		{"long header", strings.Repeat("x", 5000) + "\r\n", nil, 0, "longer than"},
		{"short body", "Content-Length: 10\r\n\r\n{}", nil, 0, "reading a message of 10 bytes"},
		{"cut header", "Content-Length: 2\r\n", nil, 0, "reading a header"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var skipped int
			var broken error
			c := codec{tooLarge: func(int64) { skipped++ }, broken: func(err error) { broken = err }}
			r := bufio.NewReader(strings.NewReader(tc.in))
			var got []string
			var err error
			for {
				var v json.RawMessage
				if err = c.ReadObject(r, &v); err != nil {
					break
				}
				got = append(got, string(v))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") || skipped != tc.tooLarge {
				t.Errorf("read %q, skipped %d; want %q, %d", got, skipped, tc.want, tc.tooLarge)
			}
			switch {
			case tc.broken == "" && !errors.Is(err, io.EOF):
				t.Errorf("ended with %v, want EOF", err)
			case tc.broken == "" && broken != nil:
				t.Errorf("reported %v", broken)
			case tc.broken != "" && (broken == nil || !strings.Contains(broken.Error(), tc.broken)):
				t.Errorf("reported %v, want %q", broken, tc.broken)
			}
		})
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestInvalidMessages runs a jsonrpc2 connection over the server's
// stream: each message framed correctly but not JSON, not an object (a
// batch, empty or not) or not a request is answered with -32700 or
// -32600, with its id when it has one and null otherwise, and the next
// message is read as if nothing had happened; broken framing ends it.
func TestInvalidMessages(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var invalid []string
	broken := make(chan error, 1)
	c := codec{tooLarge: func(int64) {}, broken: func(err error) { broken <- err }}
	stream := answering{jsonrpc2.NewBufferedStream(rwc{inR, outW}, c), func(m *invalidMessage) { invalid = append(invalid, m.err.Error()) }}
	conn := jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		if req.Method == "ping" {
			return "pong", nil
		}
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: req.Method}
	}), jsonrpc2.SetLogger(log.New(io.Discard, "", 0))) // the dropped response and the broken stream are expected
	defer func() { _ = conn.Close() }()
	replies := make(chan string, 64)
	go func() {
		r := bufio.NewReader(outR)
		for {
			n, err := readHeader(r)
			if err != nil {
				close(replies)
				return
			}
			body := make([]byte, n)
			if _, err := io.ReadFull(r, body); err != nil {
				close(replies)
				return
			}
			var m struct {
				ID     json.RawMessage `json:"id"`
				Result json.RawMessage `json:"result"`
				Error  *struct {
					Code int64 `json:"code"`
				} `json:"error"`
			}
			if err := json.Unmarshal(body, &m); err != nil {
				replies <- "not JSON: " + string(body)
				continue
			}
			if m.Error != nil {
				replies <- fmt.Sprintf("id %s error %d", m.ID, m.Error.Code)
			} else {
				replies <- fmt.Sprintf("id %s result %s", m.ID, m.Result)
			}
		}
	}()
	send := func(body string) {
		if _, err := fmt.Fprintf(inW, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{`{]`, "id null error -32700"},
		{``, "id null error -32700"},
		{`{"jsonrpc":"2.0","id":1,"method":"ping"`, "id null error -32700"},
		{`1`, "id null error -32600"},
		{` "ping"`, "id null error -32600"},
		{`null`, "id null error -32600"},
		{`[]`, "id null error -32600"},
		{`[{"jsonrpc":"2.0","id":2,"method":"ping"}]`, "id null error -32600"},
		{`{}`, "id null error -32600"},
		{`{"jsonrpc":"2.0","id":7,"method":5}`, "id 7 error -32600"},
		{`{"jsonrpc":"2.0","id":"s","method":"ping","result":1}`, `id "s" error -32600`},
		{`{"jsonrpc":"2.0","id":{},"method":"ping"}`, "id null error -32600"},
		// A response to no request is dropped, not answered; then the
		// stream goes on as if nothing had happened.
		{`{"jsonrpc":"2.0","id":99,"result":1}`, ""},
		{`{"jsonrpc":"2.0","id":8,"method":"ping"}`, `id 8 result "pong"`},
	} {
		send(tc.in)
		if tc.want == "" {
			continue
		}
		if got := <-replies; got != tc.want {
			t.Errorf("%s: answered %s, want %s", tc.in, got, tc.want)
		}
	}
	if len(invalid) != 12 {
		t.Errorf("reported %d invalid messages, want 12: %q", len(invalid), invalid)
	}
	select {
	case err := <-broken:
		t.Fatalf("the stream broke: %v", err)
	default:
	}
	if _, err := io.WriteString(inW, "Content-Length: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	if err := <-broken; !strings.Contains(err.Error(), "malformed Content-Length") {
		t.Errorf("broken framing reported as %v", err)
	}
	<-conn.DisconnectNotify()
}

// rwc is a stream made of a reader and a writer.
type rwc struct {
	io.Reader
	io.WriteCloser
}
