// Package notify sends notifications.
package notify

import "log"

// Async sends a notification without waiting for it.
func Async(msg string) {
	go func() {
		log.Printf("notify: %s", msg)
	}()
}
