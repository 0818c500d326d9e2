package knowledge

import (
	"go/types"
	"strings"
)

// heavy maps the Key of each call that does I/O at initialization: it
// reaches the network or the filesystem, or parses a template set from
// files.
var heavy = map[string]bool{
	"(*database/sql.DB).Ping":        true,
	"(*database/sql.DB).PingContext": true,

	"net/http.Get":                true,
	"net/http.Post":               true,
	"net/http.Head":               true,
	"net/http.PostForm":           true,
	"(*net/http.Client).Get":      true,
	"(*net/http.Client).Post":     true,
	"(*net/http.Client).Head":     true,
	"(*net/http.Client).PostForm": true,
	"(*net/http.Client).Do":       true,

	"os.ReadFile":        true,
	"os.ReadDir":         true,
	"os.Open":            true,
	"io/ioutil.ReadFile": true,
	"io/ioutil.ReadDir":  true,
	"path/filepath.Walk": true,
	"path/filepath.Glob": true,
	"io/fs.ReadFile":     true,
	"io/fs.WalkDir":      true,
}

// lazyConstructors holds the Keys of the client constructors that do
// not connect (database/sql: "Open may just validate its arguments
// without creating a connection to the database").
var lazyConstructors = map[string]bool{
	"database/sql.Open": true,
}

// IsHeavy reports whether fn does I/O or creates a client: the work that
// cold start should do only when every entry point needs it. A client
// constructor counts (see IsClientConstructor) except sql.Open, which
// connects lazily (its Ping does not).
func IsHeavy(fn *types.Func) bool {
	if has(heavy, fn) || !has(lazyConstructors, fn) && IsClientConstructor(fn) {
		return true
	}
	// Template sets parsed from files: text/template and html/template
	// ParseFiles, ParseGlob and ParseFS, as functions or methods.
	if fn.Pkg() != nil && (fn.Pkg().Path() == "text/template" || fn.Pkg().Path() == "html/template") {
		return strings.HasPrefix(fn.Name(), "Parse") && fn.Name() != "Parse"
	}
	return false
}
