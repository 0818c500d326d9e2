// Package notify sends notifications.
package notify

import (
	"log"
	"net/smtp"
)

// Async sends a notification without waiting for it.
func Async(msg string) {
	go func() {
		log.Printf("notify: %s", msg)
	}()
}

// Email sends a message through the company relay.
func Email(to, body string) error {
	return smtp.SendMail("relay.example.com:25", nil, "noreply@example.com", []string{to}, []byte(body))
}
