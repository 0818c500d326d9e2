package main_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// selfWrapping is function code whose handler variable is given a
// wrapper of itself (h = secure(h)), as dd-trace-go's contrib/net/http
// does; resolving what h serves once recursed without end.
var selfWrapping = map[string]string{
	"go.mod": ffMod,
	"fn.go": `package hard

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("Traced", traced(http.HandlerFunc(serve))) }

func traced(h http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h = secure(h)
		h.ServeHTTP(w, r)
	}
}

func secure(h http.Handler) http.Handler { return h }

func serve(w http.ResponseWriter, r *http.Request) {
	log.Fatal("x")
}
`,
}

// TestSelfWrappingHandler: fnlint, go vet -vettool=fnlint and the
// language server analyze a self-wrapping handler and report its
// log.Fatal, without a stack overflow.
func TestSelfWrappingHandler(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, selfWrapping)
	forDrivers(t, dir, runDefaults, []string{"./..."}, func(t *testing.T, stderr string, status int) {
		// go vet exits 1 where fnlint exits 3; a crash exits 2.
		if status != 3 && status != 1 || !strings.Contains(stderr, "fn.go:22:2: log.Fatal") {
			t.Errorf("status %d, want osexit's finding in fn.go; output:\n%s", status, head(stderr))
		}
	})
	t.Run("lsp", func(t *testing.T) {
		s := startLSP(t, dir)
		s.initializeWith(dir, editor, nil)
		uri := s.open(filepath.Join(dir, "fn.go"), 1)
		p := s.wait(uri)
		found := false
		for _, d := range p.Diagnostics {
			found = found || strings.HasPrefix(d.Message, "log.Fatal")
		}
		if !found {
			t.Errorf("no log.Fatal diagnostic published: %+v", p.Diagnostics)
		}
		if status := s.exit(); status != 0 {
			t.Errorf("exit status %d, want 0", status)
		}
	})
}
