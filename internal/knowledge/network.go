package knowledge

import "go/types"

// A Dial describes a call that opens an outbound connection.
type Dial struct {
	Network int // index of the network argument, or -1 when it is always TCP
	Addr    int // index of the "host:port" address argument
}

// dials maps the Key of each call that connects to a "host:port"
// address (the net, net/smtp and crypto/tls documentation of each: the
// address is "host:port", the network "tcp", "udp", ...).
var dials = map[string]Dial{
	"net/smtp.SendMail":                {Network: -1, Addr: 0},
	"net/smtp.Dial":                    {Network: -1, Addr: 0},
	"net.Dial":                         {Network: 0, Addr: 1},
	"net.DialTimeout":                  {Network: 0, Addr: 1},
	"(*net.Dialer).Dial":               {Network: 0, Addr: 1},
	"(*net.Dialer).DialContext":        {Network: 1, Addr: 2},
	"crypto/tls.Dial":                  {Network: 0, Addr: 1},
	"crypto/tls.DialWithDialer":        {Network: 1, Addr: 2},
	"(*crypto/tls.Dialer).DialContext": {Network: 1, Addr: 2},
}

// OpensConnection reports whether a call of fn opens a connection of
// its own, in a way that makes the function calling it a client
// constructor when it also returns what holds the connection (see
// HoldsConnections): a dial (see DialOf), a dialer's method called through
// an interface (see IsDialer), a request sent through an HTTP doer's
// interface (see IsHTTPDoer: tgbotapi's bot.Client.Do, the getMe call
// NewBotAPI makes), or a copy of an http.Transport, which keeps a pool
// of its own.
func OpensConnection(fn *types.Func) bool {
	if _, ok := DialOf(fn); ok || has(poolCopies, fn) {
		return true
	}
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type()) && (IsDialer(fn.Signature()) || fn.Name() == "Do" && isDoSignature(fn.Signature()))
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

// maxHoldDepth bounds how deep HoldsConnections looks into the fields of
// a value.
const maxHoldDepth = 4

// HoldsConnections reports whether a value of type t holds connections:
// t is one of connTypes, an HTTP doer (see IsHTTPDoer), or a struct (or
// a pointer to one) that holds one where it owns it: in a field, in a
// field of a struct held by value (embedded or not), in an interface
// field some type of the interface's own package fills with a value
// that holds connections, or as a stream it reads and writes through
// embedded interfaces. So gmail.NewService's *gmail.Service holds an
// *http.Client, amqp.Dial's *amqp.Connection its io.ReadWriteCloser,
// ssh.Dial's *ssh.Client (the ssh.Conn interface its package fills
// with a *connection whose embedded sshConn holds the net.Conn),
// tgbotapi.NewBotAPI's *BotAPI (an HTTPClient interface, an HTTP doer)
// and sftp.NewClient's *sftp.Client (an embedded struct that embeds
// io.Reader and io.WriteCloser: the SSH channel it speaks over). A
// pointer field inside the value is not followed: it points to what
// the value shares, not owns (an amqp Channel's *Connection).
func HoldsConnections(t types.Type) bool {
	return holds(t, true, maxHoldDepth, make(map[types.Type]bool))
}

// holds reports whether t holds connections; top says whether t is the
// value itself rather than one of its fields.
func holds(t types.Type, top bool, depth int, seen map[types.Type]bool) bool {
	if isConnType(t) {
		return true
	}
	if depth == 0 || seen[t] {
		return false
	}
	seen[t] = true
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		if !top {
			return false // shared, not owned
		}
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return IsHTTPDoer(t) || filledWithConnections(t, u, depth-1, seen)
	case *types.Struct:
		if speaksStream(t, u) {
			return true
		}
		for field := range u.Fields() {
			if holds(field.Type(), false, depth-1, seen) {
				return true
			}
		}
	}
	return false
}

// filledWithConnections reports whether some named type declared in
// the package of iface, a named interface, implements it (as a value
// or a pointer) and holds connections: what the package's own code
// stores in an interface field it declares (ssh.Client's Conn).
func filledWithConnections(t types.Type, iface *types.Interface, depth int, seen map[types.Type]bool) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || iface.NumMethods() == 0 {
		return false
	}
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if !types.Implements(tn.Type(), iface) && !types.Implements(types.NewPointer(tn.Type()), iface) {
			continue
		}
		if holds(tn.Type(), false, depth, seen) {
			return true
		}
	}
	return false
}

// speaksStream reports whether t, a struct type, reads and writes a
// stream it holds in embedded interfaces (io.Reader and io.WriteCloser,
// as sftp's conn does): it is an io.ReadWriteCloser by its embedded
// interfaces alone.
func speaksStream(t types.Type, st *types.Struct) bool {
	embedded := false
	for field := range st.Fields() {
		if field.Embedded() && types.IsInterface(field.Type()) {
			embedded = true
		}
	}
	if !embedded {
		return false
	}
	rwc := ioReadWriteCloser()
	// Its own methods may wrap the stream's (sftp's (*conn).Close).
	return types.Implements(t, rwc) || types.Implements(types.NewPointer(t), rwc)
}

// ioReadWriteCloser returns the io.ReadWriteCloser interface, built
// from its methods (the io package need not be imported by the code at
// hand).
func ioReadWriteCloser() *types.Interface {
	bytes := types.NewSlice(types.Typ[types.Byte])
	errType := types.Universe.Lookup("error").Type()
	rw := func(name string) *types.Func {
		params := types.NewTuple(types.NewParam(0, nil, "p", bytes))
		results := types.NewTuple(types.NewParam(0, nil, "n", types.Typ[types.Int]), types.NewParam(0, nil, "err", errType))
		return types.NewFunc(0, nil, name, types.NewSignatureType(nil, nil, nil, params, results, false))
	}
	closeFn := types.NewFunc(0, nil, "Close", types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(types.NewParam(0, nil, "", errType)), false))
	return types.NewInterfaceType([]*types.Func{rw("Read"), rw("Write"), closeFn}, nil).Complete()
}

// IsHTTPDoer reports whether t is an interface whose method Do has the
// signature of (*http.Client).Do: what a library declares to hold an
// *http.Client it may be given instead (tgbotapi's HTTPClient), whose
// Do sends a request over the network.
func IsHTTPDoer(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for m := range iface.Methods() {
		if m.Name() == "Do" && isDoSignature(m.Signature()) {
			return true
		}
	}
	return false
}

// isDoSignature reports whether sig is func(*http.Request)
// (*http.Response, error).
func isDoSignature(sig *types.Signature) bool {
	return sig.Params().Len() == 1 && sig.Results().Len() == 2 &&
		IsNamed(sig.Params().At(0).Type(), NetHTTP, "Request") &&
		IsNamed(sig.Results().At(0).Type(), NetHTTP, "Response") &&
		IsError(sig.Results().At(1).Type())
}

func isConnType(t types.Type) bool {
	for _, c := range connTypes {
		if IsNamed(t, c.pkg, c.name) {
			return true
		}
	}
	return false
}

// DialOf returns, when fn connects to a "host:port" address (net.Dial,
// smtp.SendMail), where its network and address arguments are.
func DialOf(fn *types.Func) (Dial, bool) { return lookup(dials, fn) }

// poolCopies holds the Keys of the methods that return a copy of a
// connection pool that keeps connections of its own (net/http: "Clone
// returns a deep copy of t's exported fields").
var poolCopies = map[string]bool{
	"(*net/http.Transport).Clone": true,
}
