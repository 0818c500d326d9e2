// Package amqp091 is a stub of github.com/rabbitmq/amqp091-go with the
// real shape of its dialing: Dial calls DialConfig, which dials through
// a function value that DefaultDial returns, and Open wraps the
// connection. No knowledge table lists it.
package amqp091

import (
	"io"
	"net"
	"time"
)

// Config is used in DialConfig and Open to specify the desired tuning
// parameters used during a connection open handshake.
type Config struct {
	Dial func(network, addr string) (net.Conn, error)
}

// Connection manages the serialization and deserialization of frames
// from IO and dispatches the frames to the appropriate channel.
type Connection struct {
	conn   io.ReadWriteCloser
	closed bool
}

// DefaultDial establishes a connection when config.Dial is not provided.
func DefaultDial(connectionTimeout time.Duration) func(network, addr string) (net.Conn, error) {
	return func(network, addr string) (net.Conn, error) {
		conn, err := net.DialTimeout(network, addr, connectionTimeout)
		if err != nil {
			return nil, err
		}
		return conn, nil
	}
}

// Dial accepts a string in the AMQP URI format and returns a new
// Connection over TCP.
func Dial(url string) (*Connection, error) {
	return DialConfig(url, Config{})
}

// DialConfig accepts a string in the AMQP URI format and a
// configuration for the transport and connection setup.
func DialConfig(url string, config Config) (*Connection, error) {
	dialer := config.Dial
	if dialer == nil {
		dialer = DefaultDial(30 * time.Second)
	}
	conn, err := dialer("tcp", url)
	if err != nil {
		return nil, err
	}
	return Open(conn, config)
}

// Open accepts an already established connection.
func Open(conn io.ReadWriteCloser, config Config) (*Connection, error) {
	return &Connection{conn: conn}, nil
}

// Close requests and waits for the response to close the AMQP connection.
func (c *Connection) Close() error {
	c.closed = true
	return c.conn.Close()
}

// Channel opens a unique, concurrent server channel.
func (c *Connection) Channel() (*Channel, error) { return &Channel{connection: c}, nil }

// Channel represents an AMQP channel.
type Channel struct{ connection *Connection }

// Close initiates a clean channel closure.
func (ch *Channel) Close() error { return nil }
