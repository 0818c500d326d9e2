// Package legacy is excluded by the module root's fnlint.toml: nothing
// is reported here.
package legacy

import (
	"log"
	"net/http"
	"os"
)

func Old(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/fatal" {
		log.Fatal("fatal")
	}
	f, _ := os.CreateTemp("", "x")
	_ = f
	if r.URL.Path == "/panic" {
		panic("boom")
	}
	w.Write([]byte("ok"))
}
