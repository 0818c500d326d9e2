package runner_test

import (
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestReachedHelpers runs the suite through fnlint's driver on a module
// whose entry points (a Cloud Run function and a Lambda handler) call
// helpers of other packages: each problem in a helper is reported in
// the helper, where the fix goes, with the call that reaches it from
// the entry point's package as the other end, and not at the calls. Each // want comment expects
// one finding on its line, and nothing else is reported.
func TestReachedHelpers(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("testdata", "crosspkg"))
	if err != nil {
		t.Fatal(err)
	}
	rebuild := func(c funcmodel.Config) ([]*analysis.Analyzer, error) { return withSuite(analyzers.Default, c) }
	findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"./..."}, analyzers.Suite,
		runner.Options{Rebuild: rebuild, CacheDir: t.TempDir()})
	if err != nil || len(errs) > 0 {
		t.Fatalf("run: %v %v", err, errs)
	}
	checkGoModWants(t, dir, findings)
	wantRelated := map[string]string{
		"util/util.go:15":   `fn.go:34: example.com/crosspkg.hello calls Check here, which entry point "Hello" (functions.HTTP in example.com/crosspkg) runs`,
		"store/store.go:15": `fn.go:29: example.com/crosspkg.hello calls Open here, which entry point "Hello" (functions.HTTP in example.com/crosspkg) runs`,
		"deep/deep.go:8":    `util.go:20: example.com/crosspkg/util.Chain calls Fail here, which entry point "Hello" (functions.HTTP in example.com/crosspkg) runs`,
		"util/util.go:61":   `fn.go:41: example.com/crosspkg.hello calls Count here, which entry point "Hello" (functions.HTTP in example.com/crosspkg) runs`,
	}
	for _, f := range findings {
		p := f.Position()
		want, ok := wantRelated[fmt.Sprintf("%s:%d", filepath.ToSlash(relTo(dir, token.Position{Filename: p.Filename})), p.Line)]
		if !ok {
			continue
		}
		delete(wantRelated, fmt.Sprintf("%s:%d", filepath.ToSlash(relTo(dir, token.Position{Filename: p.Filename})), p.Line))
		var rel []string
		for _, r := range f.Related {
			p := f.Fset.Position(r.Pos)
			rel = append(rel, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, r.Message))
		}
		if !slices.Contains(rel, want) {
			t.Errorf("%s: related %q, want %q among them", relTo(dir, f.Position()), rel, want)
		}
	}
	for at := range wantRelated {
		t.Errorf("%s: no finding", at)
	}
}

// TestReachedHelpersWithoutDriver checks what a driver that does not
// see the whole module (no Rebuild: the model alone is not run first,
// as under go vet and golangci-lint) reports on the same module: the
// problems of the helpers at the calls of the entry points' packages.
func TestReachedHelpersWithoutDriver(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("testdata", "crosspkg"))
	if err != nil {
		t.Fatal(err)
	}
	findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"./..."}, analyzers.Suite,
		runner.Options{CacheDir: t.TempDir()})
	if err != nil || len(errs) > 0 {
		t.Fatalf("run: %v %v", err, errs)
	}
	var got []string
	for _, f := range findings {
		p := f.Position()
		got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(p.Filename), p.Line, f.Analyzer.Name))
	}
	for _, want := range []string{"fn.go:29 clientperrequest", "fn.go:34 osexit", "fn.go:35 osexit", "fn.go:39 osexit", "fn.go:41 globalmutation", "main.go:15 clientperrequest", "main.go:16 osexit"} {
		if !slices.Contains(got, want) {
			t.Errorf("no finding %s; got %q", want, got)
		}
	}
	for _, helper := range []string{"util.go", "store.go", "deep.go"} {
		for _, g := range got {
			if strings.HasPrefix(g, helper+":") {
				t.Errorf("finding %s in a helper, which only the driver's first pass can judge", g)
			}
		}
	}
}
