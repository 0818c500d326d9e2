// Package conf is an entry point that the module's fnlint.toml declares
// (entry), judged with the module root's configuration.
package conf

import (
	"log"
	"net/http"
	"os"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/fatal" {
		log.Fatal("fatal") // reported (osexit)
	}
	f, _ := os.CreateTemp("", "x") // not reported: tmpfile is off here
	_ = f
	if r.URL.Path == "/panic" {
		panic("boom") // reported: osexit.panic is on here
	}
	w.Write([]byte("ok"))
}
