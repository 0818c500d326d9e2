// Package smtp25 defines an Analyzer that reports SMTP connections to
// port 25, which the platform blocks.
//
// # Analyzer smtp25
//
// smtp25: report outbound connections to the blocked port 25
//
// The platform's rule (docs/platform.md, "Network"): outbound connections
// on port 25 are not allowed, so plain SMTP to port 25 fails at run time
// (the connection times out), typically only in production.
//
// smtp25 reports, in function code and cold-start code (see the
// funcmodel analyzer), calls of net/smtp.SendMail and smtp.Dial, and of
// net.Dial, net.DialTimeout, (*net.Dialer).Dial and DialContext and their
// crypto/tls counterparts with a TCP network, whose address has port 25
// (or the service name "smtp"), when the address is a constant or is
// built from constants: "mail.example.com:25", net.JoinHostPort(host,
// "25"), fmt.Sprintf("%s:25", host), host + ":25", or a variable given
// one of those once. Functions of other packages of the module that do
// so are reported where function code calls them, through facts; not
// a call whose arguments make false the test of an if around the dial
// (mail.Deliver(to, body, mail.Options{}) where Deliver relays only if
// opts.Relay).
//
// Bad:
//
//	smtp.SendMail("smtp.example.com:25", auth, from, to, msg)
//
// Good:
//
//	smtp.SendMail("smtp.example.com:587", auth, from, to, msg) // authenticated submission
//
// or a mail API such as SendGrid or Mailgun over HTTPS.
//
// Known blind spots: addresses computed at run time (from the
// environment, a flag, a configuration file) are not judged; a
// helper's condition written as an early return or an else branch is
// not followed, so its calls are reported whatever their arguments.
package smtp25
