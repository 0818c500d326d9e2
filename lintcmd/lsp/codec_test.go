package lsp

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestCodec(t *testing.T) {
	big := strings.Repeat("x", maxMessage+1)
	for _, tc := range []struct {
		name, in string
		want     []string // the messages read, then an error (or EOF)
		tooLarge int
		broken   string
	}{
		{"two messages", "Content-Length: 2\r\n\r\n{}Content-Type: x\r\ncontent-length:  3 \r\n\r\n[1]", []string{"{}", "[1]"}, 0, ""},
		{"LF only", "Content-Length: 2\n\n{}", []string{"{}"}, 0, ""},
		{"skipped", "Content-Length: " + itoa(len(big)) + "\r\n\r\n" + big + "Content-Length: 2\r\n\r\n{}", []string{"{}"}, 1, ""},
		{"no length", "Content-Type: x\r\n\r\n{}", nil, 0, "without a Content-Length"},
		{"bad length", "Content-Length: -1\r\n\r\n", nil, 0, "malformed Content-Length"},
		{"bad header", "hello\r\n\r\n", nil, 0, "malformed header"},
		{"long header", strings.Repeat("x", 5000) + "\r\n", nil, 0, "longer than"},
		{"short body", "Content-Length: 10\r\n\r\n{}", nil, 0, "reading a message of 10 bytes"},
		{"bad JSON", "Content-Length: 2\r\n\r\n{]", nil, 0, "invalid JSON-RPC message"},
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
