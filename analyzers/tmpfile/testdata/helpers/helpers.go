// Package helpers gives paths to helpers, of the package and of another
// package of the module, that create files there: a relative path, or
// one outside the temp dir, fails where the helper writes, and the fix
// goes where the path is given.
package helpers

import (
	"net/http"
	"os"
	"path/filepath"

	"example.com/tmp/helpers/store"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Helpers", handle)
	save("warm.json", nil) // ok: cold start; the write fails at deploy, not per request
}

// save writes data at path and removes it when done.
func save(path string, data []byte) error {
	defer os.Remove(path)
	return os.WriteFile(path, data, 0o600)
}

// under makes a directory below dir and removes dir when done.
func under(dir string) {
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "img"), 0o755)
}

func relay(p string) { save(p, nil) }

func handle(w http.ResponseWriter, r *http.Request) {
	save("out.json", nil) // want `^helpers.save \(it calls os.WriteFile\) writes to the relative path "out.json", in the read-only source directory: it fails at run time`
	name := "report.csv"
	save(name, nil)                                   // want `helpers.save \(it calls os.WriteFile\) writes to the relative path "report.csv"`
	under("/var/cache")                               // want `helpers.under \(it calls os.MkdirAll\) writes to /var/cache, outside the writable temp dir /tmp`
	relay("deep.txt")                                 // want `helpers.relay \(it calls os.WriteFile\) writes to the relative path "deep.txt"`
	store.Save("cross.json", nil)                     // want `store.Save \(it calls os.WriteFile\) writes to the relative path "cross.json"`
	store.Keep("kept.json")                           // want `store.Keep \(it calls os.WriteFile\) writes to the relative path "kept.json"`
	store.Log()                                       // ok: its path is its own, under /tmp
	save(filepath.Join(os.TempDir(), "ok.json"), nil) // ok: under the temp dir
	save(r.URL.Query().Get("p"), nil)                 // ok: a path fnlint cannot know
	w.WriteHeader(http.StatusOK)
}
