package tmpfile_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/tmpfile"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

// TestLineDirectives checks tmpfile's fixes (a deferred removal added
// after the error check) in files with //line directives and CRLF
// line endings.
func TestLineDirectives(t *testing.T) {
	const src = `package PKG

import (
	"io"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("H", h) }

func h(w http.ResponseWriter, r *http.Request) {
	f, err := os.CreateTemp("", "upload-*")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
	g, err := os.CreateTemp("", "b-*") // a comment
	if err != nil {
		return
	}
	g.Close()
}
`
	// No directive stands in the way of a fix: none is withheld.
	if base, fewest := fixtest.LineDirectives(t, tmpfile.Analyzer, analysistest.TestData(), src); base != 2 || fewest != 2 {
		t.Errorf("%d fixes offered without a directive and at least %d with one, want 2", base, fewest)
	}
}
