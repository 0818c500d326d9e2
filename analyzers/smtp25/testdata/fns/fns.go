// Package fns sends mail from functions.
package fns

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/smtp"
	"os"

	"example.com/smtp/mail"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

const relay = "mx.example.com:25"

func init() {
	conn, _ := net.Dial("tcp", relay) // want `net.Dial connects to port 25`
	_ = conn
	functions.HTTP("Notify", notify)
}

func notify(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	smtp.SendMail("smtp.example.com:25", nil, "a@b.c", []string{"d@e.f"}, nil) // want `smtp.SendMail connects to port 25: the platform blocks outbound connections on port 25`
	smtp.Dial(net.JoinHostPort(host, "25"))                                    // want `smtp.Dial connects to port 25`
	smtp.Dial(fmt.Sprintf("%s:25", host))                                      // want `smtp.Dial connects to port 25`
	smtp.Dial(fmt.Sprintf("%s:%d", host, 25))                                  // want `smtp.Dial connects to port 25`
	addr := host + ":" + "25"
	smtp.Dial(addr)           // want `smtp.Dial connects to port 25`
	smtp.Dial(host + ":smtp") // want `smtp.Dial connects to port 25`
	var d net.Dialer
	d.DialContext(context.Background(), "tcp", host+":25") // want `\(\*net.Dialer\).DialContext connects to port 25`
	tls.Dial("tcp", "mx.example.com:25", nil)              // want `tls.Dial connects to port 25`
	mail.Send("x@y.z", "hi")                               // want `calls mail.Send, which calls smtp.SendMail to port 25`

	smtp.SendMail("smtp.example.com:587", nil, "a@b.c", nil, nil) // ok: submission port
	smtp.Dial(os.Getenv("SMTP_ADDR"))                             // ok: not known statically
	net.Dial("udp", "logs.example.com:25")                        // ok: not TCP
	smtp.Dial(net.JoinHostPort(host, "2525"))                     // ok: another port
	mail.Submit("x@y.z", "hi", nil)                               // ok: port 587
	mail.Deliver("x@y.z", "hi", mail.Options{})                   // ok: Relay is left false, so Deliver submits on port 587
	mail.Deliver("x@y.z", "hi", mail.Options{Relay: host == ""})  // want `calls mail.Deliver, which calls smtp.SendMail to port 25`
	mail.Copy("hi", nil)                                          // ok: no copies, so Copy dials nothing
	mail.Copy("hi", []string{"x@y.z"})                            // want `calls mail.Copy, which calls smtp.SendMail to port 25`
	w.WriteHeader(http.StatusAccepted)
}
