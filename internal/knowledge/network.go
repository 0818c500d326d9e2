package knowledge

import "go/types"

// A Dial describes a call that opens an outbound connection.
type Dial struct {
	Network int // index of the network argument, or -1 when it is always TCP
	Addr    int // index of the "host:port" address argument
}

// Dials maps the Key of each call that connects to a "host:port" address.
var Dials = map[string]Dial{
	"net/smtp.SendMail":             {Network: -1, Addr: 0},
	"net/smtp.Dial":                 {Network: -1, Addr: 0},
	"net.Dial":                      {Network: 0, Addr: 1},
	"net.DialTimeout":               {Network: 0, Addr: 1},
	"net.Dialer.Dial":               {Network: 0, Addr: 1},
	"net.Dialer.DialContext":        {Network: 1, Addr: 2},
	"crypto/tls.Dial":               {Network: 0, Addr: 1},
	"crypto/tls.DialWithDialer":     {Network: 1, Addr: 2},
	"crypto/tls.Dialer.DialContext": {Network: 1, Addr: 2},
}

// OpensConnection reports whether a call of fn opens a connection of
// its own, in a way that makes the function calling it a client
// constructor when it also returns what holds the connection (see
// HoldsConnections): a dial (Dials), a dialer's method called through
// an interface (see IsDialer), or a copy of an http.Transport, which
// keeps a pool of its own.
func OpensConnection(fn *types.Func) bool {
	key := Key(fn)
	if _, ok := Dials[key]; ok || key == "net/http.Transport.Clone" {
		return true
	}
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type()) && IsDialer(fn.Signature())
}

// IsDialer reports whether a function of type sig is a dialer: it
// takes a network and an address (after a context, if any) and returns
// a net.Conn, as net.Dial, (*net.Dialer).DialContext, proxy.Dialer and
// http.Transport's DialContext field do; a call of a function value of
// that type is a dialer chosen at run time. A function that returns a
// connection it takes over (http.Hijacker's Hijack) opens none.
func IsDialer(sig *types.Signature) bool {
	params := sig.Params()
	first := 0
	if params.Len() > 0 && IsNamed(params.At(0).Type(), "context", "Context") {
		first = 1
	}
	if params.Len() != first+2 {
		return false
	}
	for i := first; i < params.Len(); i++ {
		if b, ok := params.At(i).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
			return false
		}
	}
	for v := range sig.Results().Variables() {
		if IsNamed(v.Type(), "net", "Conn") {
			return true
		}
	}
	return false
}

// connTypes are the types whose values hold connections or a pool of
// them.
var connTypes = [...]struct{ pkg, name string }{
	{NetHTTP, "Client"},
	{NetHTTP, "Transport"},
	{NetHTTP, "RoundTripper"},
	{"net", "Conn"},
	{"io", "ReadWriteCloser"},
	{"database/sql", "DB"},
	{"google.golang.org/grpc", "ClientConn"},
	{"google.golang.org/grpc", "ClientConnInterface"},
}

// HoldsConnections reports whether a value of type t holds connections:
// t is one of connTypes, or a struct (or a pointer to one) with a field
// of one of them, as gmail.NewService's *gmail.Service holds an
// *http.Client and amqp.Dial's *amqp.Connection its io.ReadWriteCloser.
func HoldsConnections(t types.Type) bool {
	if isConnType(t) {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for field := range st.Fields() {
			if isConnType(field.Type()) {
				return true
			}
		}
	}
	return false
}

func isConnType(t types.Type) bool {
	for _, c := range connTypes {
		if IsNamed(t, c.pkg, c.name) {
			return true
		}
	}
	return false
}
