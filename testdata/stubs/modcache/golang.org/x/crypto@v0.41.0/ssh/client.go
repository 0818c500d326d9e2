// Package ssh is a stub of golang.org/x/crypto/ssh with the real shape
// of its client: Dial dials TCP and wraps the connection in a
// *connection, which the Client keeps behind its Conn interface. No
// knowledge table lists it.
package ssh

import (
	"errors"
	"io"
	"net"
	"time"
)

// ConnMetadata holds metadata for the connection.
type ConnMetadata interface {
	User() string
	RemoteAddr() net.Addr
}

// Conn represents an SSH connection for both server and client roles.
type Conn interface {
	ConnMetadata
	SendRequest(name string, wantReply bool, payload []byte) (bool, []byte, error)
	OpenChannel(name string, data []byte) (Channel, <-chan *Request, error)
	Close() error
	Wait() error
}

// Request is a request sent outside of the normal stream of data.
type Request struct{ Type string }

// NewChannel represents an incoming request to a channel.
type NewChannel interface{ ChannelType() string }

// Channel is a multiplexed, bidirectional stream over an SSH connection.
type Channel interface {
	Read(data []byte) (int, error)
	Write(data []byte) (int, error)
	Close() error
}

// sshConn provides net.Conn metadata, but disallows direct reads and
// writes.
type sshConn struct {
	conn net.Conn
	user string
}

func (c *sshConn) User() string         { return c.user }
func (c *sshConn) RemoteAddr() net.Addr { return c.conn.RemoteAddr() }

type handshakeTransport struct{ sessionID []byte }

// connection is the Conn the package builds over a net.Conn.
type connection struct {
	transport *handshakeTransport
	sshConn
}

func (c *connection) SendRequest(name string, wantReply bool, payload []byte) (bool, []byte, error) {
	return false, nil, nil
}

func (c *connection) OpenChannel(name string, data []byte) (Channel, <-chan *Request, error) {
	return nil, nil, errors.New("stub")
}

func (c *connection) Close() error { return c.sshConn.conn.Close() }
func (c *connection) Wait() error  { return nil }

// ClientConfig structure is used to configure a Client.
type ClientConfig struct {
	User            string
	Auth            []AuthMethod
	HostKeyCallback func(hostname string, remote net.Addr, key PublicKey) error
	Timeout         time.Duration
}

// AuthMethod represents an instance of an RFC 4252 authentication method.
type AuthMethod interface{ method() string }

type passwordCallback func() (string, error)

func (passwordCallback) method() string { return "password" }

// Password returns an AuthMethod using the given password.
func Password(secret string) AuthMethod {
	return passwordCallback(func() (string, error) { return secret, nil })
}

// PublicKey represents a public key using an unspecified algorithm.
type PublicKey interface{ Type() string }

// InsecureIgnoreHostKey returns a function that can be used for
// ClientConfig.HostKeyCallback to accept any host key.
func InsecureIgnoreHostKey() func(hostname string, remote net.Addr, key PublicKey) error {
	return func(string, net.Addr, PublicKey) error { return nil }
}

// Client implements a traditional SSH client that supports shells,
// subprocesses, TCP port/streamlocal forwarding and tunneled dialing.
type Client struct {
	Conn
	forwards []string
}

// NewClient creates a Client on top of the given connection.
func NewClient(c Conn, chans <-chan NewChannel, reqs <-chan *Request) *Client {
	return &Client{Conn: c}
}

// NewClientConn establishes an authenticated SSH connection using c as
// the underlying transport.
func NewClientConn(c net.Conn, addr string, config *ClientConfig) (Conn, <-chan NewChannel, <-chan *Request, error) {
	conn := &connection{sshConn: sshConn{conn: c, user: config.User}}
	return conn, nil, nil, nil
}

// Dial starts a client connection to the given SSH server.
func Dial(network, addr string, config *ClientConfig) (*Client, error) {
	conn, err := net.DialTimeout(network, addr, config.Timeout)
	if err != nil {
		return nil, err
	}
	c, chans, reqs, err := NewClientConn(conn, addr, config)
	if err != nil {
		return nil, err
	}
	return NewClient(c, chans, reqs), nil
}

// Session represents a connection to a remote command or shell.
type Session struct {
	Stdin io.Reader
	ch    Channel
}

// NewSession opens a new Session for this client.
func (c *Client) NewSession() (*Session, error) {
	ch, _, err := c.OpenChannel("session", nil)
	if err != nil {
		return nil, err
	}
	return &Session{ch: ch}, nil
}

// RequestSubsystem requests the association of a subsystem with the
// session on the remote host.
func (s *Session) RequestSubsystem(subsystem string) error { return nil }

// StdinPipe returns a pipe that will be connected to the remote
// command's standard input when the command starts.
func (s *Session) StdinPipe() (io.WriteCloser, error) { return s.ch, nil }

// StdoutPipe returns a pipe that will be connected to the remote
// command's standard output when the command starts.
func (s *Session) StdoutPipe() (io.Reader, error) { return s.ch, nil }

// Wait waits for the remote command to exit.
func (s *Session) Wait() error { return nil }

// Close frees resources associated with this session.
func (s *Session) Close() error { return s.ch.Close() }
