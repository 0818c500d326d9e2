package main_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFileArguments: Go files named on the command line are the user's
// code, in the module that holds them, through fnlint's driver and
// through go vet alike.
func TestFileArguments(t *testing.T) {
	t.Parallel()
	dir := sampleDir(t)
	const exit = "function.go:68:3: log.Fatalf terminates the function instance"
	forDrivers(t, dir, runDefaults, []string{"function.go"}, func(t *testing.T, out string, status int) {
		if status == 0 || !strings.Contains(out, exit) {
			t.Errorf("exit status %d, want the finding %q; output:\n%s", status, exit, out)
		}
	})
	// A 1st-gen function's file is its module's root package.
	legacy, err := filepath.Abs("../../testdata/legacy")
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := run(t, legacy, binary, "./...")
	got, _, status := run(t, legacy, binary, "function.go")
	if status != 3 || got != want {
		t.Errorf("fnlint function.go: exit status %d, output:\n%s\nwant status 3 and, as for ./...:\n%s", status, got, want)
	}
}

// TestGOPATH: in GOPATH mode, the packages under GOPATH/src are the
// user's code (the exit in the helper reaches the function: fnlint,
// which sees the whole module, reports it in the helper, go vet at the
// function's call), a vendored package is not (nothing is reported in
// it), and the standard library never is.
func TestGOPATH(t *testing.T) {
	t.Parallel()
	gopath, err := filepath.Abs("testdata/gopath")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(gopath, "src", "example.com", "fn")
	env := []string{"GO111MODULE=off", "GOPATH=" + gopath, "GOFLAGS=", "GOPROXY=off"}
	forDrivers(t, dir, env, []string{"./..."}, func(t *testing.T, out string, status int) {
		want := []string{
			"fn.go:20:3: log.Fatal terminates the function instance",
			"fn.go:22:17: calls helper.MustEnv, which calls log.Fatalf, which terminates the function instance",
		}
		if strings.HasSuffix(t.Name(), "/fnlint") {
			want[1] = "helper.go:14:3: log.Fatalf terminates the function instance"
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("no finding %q", w)
			}
		}
		if status == 0 || diagnostics(out) != len(want) {
			t.Errorf("exit status %d, want exactly the findings %q; output:\n%s", status, want, out)
		}
	})
}
