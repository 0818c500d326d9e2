package nodeadline_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/nodeadline"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

// TestLineDirectives checks nodeadline's fixes (the context-taking
// variant of a call, given the invocation's context, and a Google API
// call given it by its Context method) in files with
// //line directives and CRLF line endings.
func TestLineDirectives(t *testing.T) {
	const src = `package PKG

import (
	"database/sql"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	drive "google.golang.org/api/drive/v3"
)

var db *sql.DB

var svc *drive.Service

func init() { functions.HTTP("H", h) }

func h(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest(http.MethodGet, "http://example.com", nil) // a comment
	_ = req
	rows, _ := db.Query("select 1")
	rows.Close()
	svc.Files.Get("id").Fields("name").Do()
}
`
	// No directive stands in the way of a fix: none is withheld.
	if base, fewest := fixtest.LineDirectives(t, nodeadline.Analyzer, analysistest.TestData(), src); base != 3 || fewest != 3 {
		t.Errorf("%d fixes offered without a directive and at least %d with one, want 3", base, fewest)
	}
}
