package runner

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestPlanReadsBuildCache checks that the plan reads from the Go build
// cache the types of the dependencies that the analyzed packages import,
// and nothing below them, when the build cache holds them; and that with
// an empty build cache it reads nothing and compiles nothing.
func TestPlanReadsBuildCache(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "sample")
	plan := func(env []string) (*plan, *buildCache) {
		cfg := packages.Config{Dir: dir, Env: env, Tests: true}
		roots, err := listGraph(cfg, []string{"./..."})
		if err != nil {
			t.Fatal(err)
		}
		bc := newBuildCache(cfg)
		return makePlan(roots, nil, nil, bc), bc
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
	warm := exec.Command("go", "list", "-e", "-export", "-deps", "-test", "./...")
	warm.Dir, warm.Env = dir, env
	if out, err := warm.CombinedOutput(); err != nil {
		t.Fatalf("go list -export: %v\n%s", err, out)
	}
	pl, bc := plan(env)
	read := 0
	for p, h := range pl.how {
		switch {
		case h == cached:
			read++
			if !pl.direct[p] {
				t.Errorf("%s read from the build cache, though no analyzed package imports it", p.ID)
			}
		case h == typesOnly && pl.direct[p] && !testVariant(p):
			t.Errorf("%s type-checked from source, though the build cache holds it", p.ID)
		}
	}
	if read == 0 || read != bc.read {
		t.Errorf("%d packages read from the build cache, %d found there; want the same, more than none", read, bc.read)
	}

	// An empty build cache: the probe finds nothing, and nothing is
	// compiled for it.
	cold := append(slices.Clone(env), "GOCACHE="+t.TempDir())
	pl, bc = plan(cold)
	if bc.read != 0 {
		t.Errorf("%d packages read from an empty build cache", bc.read)
	}
	for p, h := range pl.how {
		if h == cached {
			t.Errorf("%s read from an empty build cache", p.ID)
		}
	}
	list := exec.Command("go", "list", "-e", "-n", "-export", "-deps", "-f", "{{.Export}}", "./...")
	list.Dir, list.Env = dir, cold
	out, err := list.Output()
	if err != nil {
		t.Fatal(err)
	}
	if s := strings.TrimSpace(string(out)); s != "" {
		t.Errorf("the plan compiled packages into the build cache:\n%s", s)
	}
}
