// Package jobs has a fnlint.toml of its own, which overrides the module
// root's.
package jobs

import (
	"log"
	"net/http"
	"os"
)

func Run(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/fatal" {
		log.Fatal("fatal") // reported (osexit), as inherited
	}
	f, _ := os.CreateTemp("", "x") // reported: tmpfile is on again here
	_ = f
	if r.URL.Path == "/panic" {
		panic("boom") // not reported: osexit.panic is off here
	}
	w.Write([]byte("ok"))
}
