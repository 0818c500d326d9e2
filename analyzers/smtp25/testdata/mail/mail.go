// Package mail is a helper package of the module.
package mail

import "net/smtp"

// Send sends through the relay on port 25.
func Send(to, body string) error { // want Send:"dials port 25 via smtp.SendMail"
	return smtp.SendMail("relay.example.com:25", nil, "noreply@example.com", []string{to}, []byte(body))
}

// Submit uses the submission port.
func Submit(to, body string, auth smtp.Auth) error {
	return smtp.SendMail("smtp.example.com:587", auth, "noreply@example.com", []string{to}, []byte(body))
}

// Options says how Deliver sends.
type Options struct {
	Relay bool // through the relay on port 25, not the submission port
	Auth  smtp.Auth
}

// Deliver uses the relay only when asked to.
func Deliver(to, body string, opts Options) error { // want Deliver:"dials port 25 via smtp.SendMail when opts.Relay"
	if opts.Relay {
		return smtp.SendMail("relay.example.com:25", nil, "noreply@example.com", []string{to}, []byte(body))
	}
	return smtp.SendMail("smtp.example.com:587", opts.Auth, "noreply@example.com", []string{to}, []byte(body))
}

// Copy sends the copies, if any, through the relay.
func Copy(body string, cc []string) error { // want Copy:"dials port 25 via smtp.SendMail when cc"
	if cc != nil {
		return smtp.SendMail("relay.example.com:25", nil, "noreply@example.com", cc, []byte(body))
	}
	return nil
}
