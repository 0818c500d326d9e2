// Package kept calls functions of the standard library whose summaries
// the test's driver kept.
package kept

import (
	"io"
	"net/http"
	"strings"
)

func viaKept(w http.ResponseWriter, r *http.Request) { // want `viaKept: never,-`
	io.Copy(w, r.Body) // want `imports io.Copy: never,-`
} // want `silent exit`

// A summary of another effect does not count: io.CopyN may write.
func otherEffect(w http.ResponseWriter, r *http.Request) { // want `otherEffect: all,-`
	io.CopyN(w, strings.NewReader("x"), 1)
}
