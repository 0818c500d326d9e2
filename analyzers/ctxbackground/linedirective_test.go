package ctxbackground_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxbackground"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

// TestLineDirectives checks ctxbackground's fixes (the invocation's
// context in place of context.Background(), and the context import
// removed when it is no longer used) in files with //line directives
// and CRLF line endings.
func TestLineDirectives(t *testing.T) {
	const src = `package PKG

import (
	"context"
	"net/http"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var bucket *storage.BucketHandle

func init() { functions.HTTP("H", h) }

func h(w http.ResponseWriter, r *http.Request) {
	rc, err := bucket.Object("a").NewReader(context.Background()) // a comment
	if err != nil {
		return
	}
	rc.Close()
	_ = bucket.Object("b").NewWriter(context.TODO())
}
`
	// No directive stands in the way of a fix: none is withheld.
	if base, fewest := fixtest.LineDirectives(t, ctxbackground.Analyzer, analysistest.TestData(), src); base != 2 || fewest != 2 {
		t.Errorf("%d fixes offered without a directive and at least %d with one, want 2", base, fewest)
	}
}
