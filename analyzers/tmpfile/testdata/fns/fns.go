// Package fns writes files from functions.
package fns

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Leaks", leaks)
	functions.HTTP("Clean", clean)
	functions.HTTP("Paths", paths)
	functions.HTTP("NoFix", noFix)
	os.WriteFile("/tmp/warm", nil, 0o600) // ok: cold start, once per instance
}

func leaks(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "upload-*") // want `os.CreateTemp creates a temporary file that is never removed: the filesystem is in memory`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)

	dir, _ := os.MkdirTemp(os.TempDir(), "work-*")                        // want `os.MkdirTemp creates a temporary directory that is never removed`
	os.WriteFile(filepath.Join(os.TempDir(), "cache.json"), nil, 0o600)   // want `os.WriteFile creates a file that is never removed`
	out, _ := os.OpenFile("/tmp/log.txt", os.O_CREATE|os.O_WRONLY, 0o600) // want `os.OpenFile creates a file that is never removed`
	out.Close()
	name := r.URL.Query().Get("name")
	os.Create(name) // want `os.Create creates a file that is never removed`
	_ = dir
	w.WriteHeader(http.StatusOK)
}

func clean(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "upload-*") // ok: removed by name
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()

	dir, _ := os.MkdirTemp("", "work-*") // ok: removed as a whole
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.json"), nil, 0o600) // ok: under the removed directory
	g, _ := os.CreateTemp(dir, "b-*")                      // ok: under the removed directory
	g.Close()

	p := filepath.Join(os.TempDir(), "x.txt")
	os.WriteFile(p, nil, 0o600) // ok: removed below
	defer func() { os.Remove(p) }()

	h, _ := os.CreateTemp("", "keep-*") // ok: handed to a helper of the module
	process(h)

	ro, _ := os.OpenFile("/tmp/existing", os.O_RDONLY, 0) // ok: does not create
	ro.Close()

	r.ParseMultipartForm(32 << 20) // ok: net/http removes its files
	w.WriteHeader(http.StatusOK)
}

func process(f *os.File) { os.Remove(f.Name()) }

func paths(w http.ResponseWriter, r *http.Request) {
	os.WriteFile("out.txt", nil, 0o600)                           // want `os.WriteFile writes to the relative path "out.txt", in the read-only source directory`
	os.MkdirAll("./cache/images", 0o755)                          // want `os.MkdirAll writes to the relative path "./cache/images"`
	os.Create("/var/data/report.csv")                             // want `os.Create writes to /var/data/report.csv, outside the writable temp dir /tmp`
	os.WriteFile(filepath.Join("/srv", "state.json"), nil, 0o600) // want `os.WriteFile writes to /srv/state.json, outside the writable temp dir`
	w.WriteHeader(http.StatusOK)
}

type holder struct{ f *os.File }

var kept holder

// noFix creates temporary files that are never removed, where removing
// them when the function returns is not right on every path, or not
// known to be: no fix is offered.
func noFix(w http.ResponseWriter, r *http.Request) {
	for range 2 {
		f, err := os.CreateTemp("", "loop-*") // want `never removed`
		if err != nil {
			return
		}
		f.Close()
	}
	g, err := os.CreateTemp("", "stored-*") // want `never removed`
	if err != nil {
		return
	}
	kept.f = g // outlives the function

	h, err := os.CreateTemp("", "unchecked-*") // want `never removed`
	h.Close()

	d, err := os.CreateTemp("", "decoded-*") // want `never removed`
	if err != nil {
		return
	}
	_ = json.NewDecoder(d) // the decoder holds the file

	b, err := os.CreateTemp("", "background-*") // want `never removed`
	if err != nil {
		return
	}
	go func() { io.Copy(b, r.Body) }()
	w.WriteHeader(http.StatusOK)
}
