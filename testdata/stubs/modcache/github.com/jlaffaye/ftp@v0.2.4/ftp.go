// Package ftp is a stub of github.com/jlaffaye/ftp with the real shape
// of its connections: Dial dials through a function value of its
// options (net.Dialer's DialContext by default) and keeps the control
// connection; Retr opens a data connection per transfer. No knowledge
// table lists it.
package ftp

import (
	"context"
	"net"
	"time"
)

// ServerConn represents the connection to a remote FTP server.
type ServerConn struct {
	options *dialOptions
	netConn net.Conn
}

type dialOptions struct {
	dialer   net.Dialer
	dialFunc func(network, address string) (net.Conn, error)
}

// DialOption represents an option to start a new connection with Dial.
type DialOption struct {
	setup func(do *dialOptions)
}

// DialWithTimeout returns a DialOption that configures the ServerConn
// with specified timeout.
func DialWithTimeout(timeout time.Duration) DialOption {
	return DialOption{func(do *dialOptions) { do.dialer.Timeout = timeout }}
}

// Dial connects to the specified address with optional options.
func Dial(addr string, options ...DialOption) (*ServerConn, error) {
	do := &dialOptions{}
	for _, option := range options {
		option.setup(do)
	}
	dialFunc := do.dialFunc
	if dialFunc == nil {
		dialFunc = func(network, address string) (net.Conn, error) {
			return do.dialer.DialContext(context.Background(), network, address)
		}
	}
	tconn, err := dialFunc("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &ServerConn{options: do, netConn: tconn}, nil
}

// Response represents a data-connection.
type Response struct {
	conn net.Conn
	c    *ServerConn
}

// Read implements the io.Reader interface on a FTP data connection.
func (r *Response) Read(buf []byte) (int, error) { return r.conn.Read(buf) }

// Close implements the io.Closer interface on a FTP data connection.
func (r *Response) Close() error { return r.conn.Close() }

// Retr issues a RETR FTP command to fetch the specified file from the
// remote FTP server.
func (c *ServerConn) Retr(path string) (*Response, error) {
	conn, err := c.openDataConn()
	if err != nil {
		return nil, err
	}
	return &Response{conn: conn, c: c}, nil
}

func (c *ServerConn) openDataConn() (net.Conn, error) {
	if c.options.dialFunc != nil {
		return c.options.dialFunc("tcp", "data")
	}
	return c.options.dialer.Dial("tcp", "data")
}

// Quit issues a QUIT FTP command to properly close the connection.
func (c *ServerConn) Quit() error { return c.netConn.Close() }
