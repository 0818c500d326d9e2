// Package sftp is a stub of github.com/pkg/sftp with the real shape of
// its client: NewClient opens a session on the *ssh.Client it is given,
// requests the sftp subsystem and speaks over the session's pipes,
// which the Client keeps in embedded io.Reader and io.WriteCloser
// fields of an embedded struct. No knowledge table lists it.
package sftp

import (
	"io"
	"os"
	"sync"

	"golang.org/x/crypto/ssh"
)

// conn implements a bidirectional channel on which client and server
// connections are multiplexed.
type conn struct {
	io.Reader
	io.WriteCloser
	sync.Mutex // used to serialise writes to sendPacket
}

// Close closes the connection.
func (c *conn) Close() error { return c.WriteCloser.Close() }

type clientConn struct {
	conn
	wg       sync.WaitGroup
	inflight map[uint32]chan<- error
}

// Client represents an SFTP session on a *ssh.ClientConn SSH connection.
type Client struct {
	clientConn
	maxPacket int
}

// A ClientOption is a function which applies configuration to a Client.
type ClientOption func(*Client) error

// NewClient creates a new SFTP client on conn, using zero or more option
// functions.
func NewClient(conn *ssh.Client, opts ...ClientOption) (*Client, error) {
	s, err := conn.NewSession()
	if err != nil {
		return nil, err
	}
	pw, err := s.StdinPipe()
	if err != nil {
		return nil, err
	}
	pr, err := s.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := s.RequestSubsystem("sftp"); err != nil {
		return nil, err
	}
	return NewClientPipe(pr, pw, opts...)
}

// NewClientPipe creates a new SFTP client given a Reader and a
// WriteCloser.
func NewClientPipe(rd io.Reader, wr io.WriteCloser, opts ...ClientOption) (*Client, error) {
	c := &Client{clientConn: clientConn{conn: conn{Reader: rd, WriteCloser: wr}}, maxPacket: 1 << 15}
	for _, opt := range opts {
		if err := opt(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// File represents a remote file.
type File struct {
	c    *Client
	path string
}

// Open opens the named file for reading.
func (c *Client) Open(path string) (*File, error) { return &File{c: c, path: path}, nil }

// ReadDir reads the directory named by dirname.
func (c *Client) ReadDir(p string) ([]os.FileInfo, error) { return nil, nil }

// Close closes the SFTP session.
func (c *Client) Close() error { return c.conn.Close() }

// Close closes the File.
func (f *File) Close() error { return nil }
