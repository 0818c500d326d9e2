// Package helper is another package of the module, whose facts reach fg.
package helper

import "log"

// Die always exits.
func Die(msg string) { log.Fatal(msg) } // want Die:"noReturn"

// Must exits only on an error.
func Must(err error) { // ok: returns when err is nil
	if err != nil {
		log.Fatal(err)
	}
}
