package knowledge

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// holdsSrc declares values shaped like the clients of libraries no
// table lists, and near misses.
const holdsSrc = `package p

import (
	"io"
	"net"
	"net/http"
)

// ssh.Client: the net.Conn is behind an interface the package fills.
type Conn interface{ Close() error; Wait() error }
type sshConn struct{ conn net.Conn }
type connection struct {
	transport *int
	sshConn
}
func (c *connection) Close() error { return nil }
func (c *connection) Wait() error  { return nil }
type SSHClient struct{ Conn }

// tgbotapi.BotAPI: an *http.Client behind an HTTP doer.
type HTTPClient interface{ Do(*http.Request) (*http.Response, error) }
type BotAPI struct {
	Token  string
	Client HTTPClient
}

// sftp.Client: a stream read and written through embedded interfaces,
// in a struct held by value.
type stream struct {
	io.Reader
	io.WriteCloser
}
func (s *stream) Close() error { return nil }
type clientConn struct{ stream }
type SFTPClient struct{ clientConn }

// Near misses: a pointer to what another value owns; an interface no
// type of the package fills with a connection; plain data.
type Channel struct{ connection *SSHClient }
type Logger interface{ Log(string) }
type printer struct{ prefix string }
func (printer) Log(string) {}
type Service struct{ log Logger }
type Reader struct{ io.Reader }
type Output struct{ Body []byte }
`

func TestHoldsConnections(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", holdsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{
		"SSHClient":  true,
		"BotAPI":     true,
		"SFTPClient": true,
		"Channel":    false,
		"Service":    false,
		"Reader":     false,
		"Output":     false,
	} {
		typ := types.NewPointer(pkg.Scope().Lookup(name).Type())
		if got := HoldsConnections(typ); got != want {
			t.Errorf("HoldsConnections(*%s) = %v, want %v", name, got, want)
		}
	}
}
