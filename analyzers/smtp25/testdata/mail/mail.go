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
