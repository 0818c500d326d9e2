package runner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/lintcmd/cache"
)

// TestAbsentNotChecked: a package of a module that is not downloaded,
// which go/packages may list with the importing package's file as its
// own (golang/go#39986: the file of its error's position; the module
// cache's grpc lists golang.org/x/sys/unix so when x/sys is missing), is
// not type-checked from that file: the import fails naming the missing
// package, with the cache and without, instead of importing a package
// named like the importer ("golang.org/x/sys/unix" imported as channelz
// and not used, then undefined: unix).
func TestAbsentNotChecked(t *testing.T) {
	dir := t.TempDir()
	fn := filepath.Join(dir, "fn.go")
	src := "package fn\n\nimport \"example.com/gone/sub\"\n\nfunc G() int { return sub.F() }\n"
	if err := os.WriteFile(fn, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cached := range []bool{false, true} {
		// As go list and go/packages give them.
		missing := &packages.Package{
			ID: "example.com/gone/sub", PkgPath: "example.com/gone/sub",
			GoFiles: []string{fn}, CompiledGoFiles: []string{fn},
			Errors: []packages.Error{{Pos: "fn.go:3:8", Msg: "module lookup disabled by GOPROXY=off", Kind: packages.ListError}},
		}
		root := &packages.Package{
			ID: "example.com/fn", PkgPath: "example.com/fn", Name: "fn", Dir: dir,
			GoFiles: []string{fn}, CompiledGoFiles: []string{fn},
			Module:  &packages.Module{Path: "example.com/fn", Main: true, Dir: dir},
			Imports: map[string]*packages.Package{"example.com/gone/sub": missing},
		}
		var dc *cache.Cache
		if cached {
			var err error
			if dc, err = cache.Open(t.TempDir(), nil, local); err != nil {
				t.Fatal(err)
			}
		}
		_, depErrors := makePlan([]*packages.Package{root}, dc, nil, nil).load(packages.Config{}, newSources())
		var all []string
		for _, e := range root.Errors {
			all = append(all, ErrorText(e))
		}
		got := strings.Join(append(depErrors, all...), "\n")
		if !strings.Contains(got, "could not import example.com/gone/sub (example.com/gone/sub is missing)") || strings.Contains(got, "imported as") || strings.Contains(got, "undefined") {
			t.Errorf("cache %v: errors:\n%s\nwant the import to fail naming the missing package, and nothing else", cached, got)
		}
	}
}
