package ctxcaptured_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxcaptured"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

// TestLineDirectives checks ctxcaptured's fix (context.Background() in
// place of the invocation's context, and the context import added) in
// files with //line directives and CRLF line endings.
func TestLineDirectives(t *testing.T) {
	const src = `package PKG

import (
	"net/http"
	"sync"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var (
	mu     sync.Mutex
	client *storage.Client
)

func init() { functions.HTTP("H", h) }

func h(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	defer mu.Unlock()
	if client == nil {
		client, _ = storage.NewClient(r.Context()) // a comment
	}
	w.WriteHeader(http.StatusOK)
}
`
	// No directive stands in the way of a fix: none is withheld.
	if base, fewest := fixtest.LineDirectives(t, ctxcaptured.Analyzer, analysistest.TestData(), src); base != 1 || fewest != 1 {
		t.Errorf("%d fixes offered without a directive and at least %d with one, want 1", base, fewest)
	}
}
