// Package handlers holds handlers that the function package registers:
// the most common layout of a function repository with more than one
// file. fnlint judges them here, where they are written.
package handlers

import (
	"log"
	"net/http"
	"os"
)

var hits int

// Hello is registered as the Hello function by package sample.
func Hello(w http.ResponseWriter, r *http.Request) {
	if os.Getenv("GREETING") == "" {
		log.Fatal("GREETING is not set")
	}
	hits++
	go log.Printf("hello %d", hits)
	w.Write([]byte(os.Getenv("GREETING")))
}

// Items is served by the API router of package sample.
func Items(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		return
	}
	w.Write([]byte("[]"))
}
