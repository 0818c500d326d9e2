package knowledge

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
