package nodeadline_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/nodeadline"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

// TestLineDirectives checks nodeadline's fixes (the context-taking
// variant of a call, given the invocation's context) in files with
// //line directives and CRLF line endings.
func TestLineDirectives(t *testing.T) {
	const src = `package PKG

import (
	"database/sql"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var db *sql.DB

func init() { functions.HTTP("H", h) }

func h(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest(http.MethodGet, "http://example.com", nil) // a comment
	_ = req
	rows, _ := db.Query("select 1")
	rows.Close()
}
`
	// No directive stands in the way of a fix: none is withheld.
	if base, fewest := fixtest.LineDirectives(t, nodeadline.Analyzer, analysistest.TestData(), src); base != 2 || fewest != 2 {
		t.Errorf("%d fixes offered without a directive and at least %d with one, want 2", base, fewest)
	}
}
