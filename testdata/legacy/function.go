// Package legacy is a 1st-gen Cloud Function on an old runtime: its
// exported HTTP function is the entry point, and its go.mod selects Go
// 1.16, whose runtime is decommissioned.
package legacy

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
)

// HelloHTTP greets the caller.
func HelloHTTP(w http.ResponseWriter, r *http.Request) {
	var d struct{ Name string }
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil {
		log.Printf("decode: %v", err)
		return // the caller gets an empty 200 OK
	}
	if err := os.WriteFile("greeted.txt", []byte(d.Name), 0o600); err != nil { // the source directory is read-only
		log.Printf("write: %v", err)
	}
	fmt.Fprintf(w, "Hello, %s!", d.Name)
}
