// Package websocket is a stub of github.com/coder/websocket with the
// real shape of its server side: Accept takes over the request's
// connection through http.Hijacker and wraps it, opening none.
package websocket

import (
	"errors"
	"io"
	"net/http"
)

// AcceptOptions represents Accept's options.
type AcceptOptions struct {
	Subprotocols []string
}

// Conn represents a WebSocket connection.
type Conn struct {
	rwc io.ReadWriteCloser
}

// Close closes the WebSocket connection.
func (c *Conn) Close(code int, reason string) error { return c.rwc.Close() }

// Accept accepts a WebSocket handshake from a client and upgrades the
// connection to a WebSocket.
func Accept(w http.ResponseWriter, r *http.Request, opts *AcceptOptions) (*Conn, error) {
	return accept(w, r, opts)
}

func accept(w http.ResponseWriter, r *http.Request, opts *AcceptOptions) (*Conn, error) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		return nil, errors.New("http.ResponseWriter does not implement http.Hijacker")
	}
	w.WriteHeader(http.StatusSwitchingProtocols)
	netConn, _, err := hj.Hijack()
	if err != nil {
		return nil, err
	}
	return &Conn{rwc: netConn}, nil
}
