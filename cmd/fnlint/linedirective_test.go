package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lineDirectiveModule returns a module whose HTTP function exits after a
// //line directive (as templ, goyacc and oapi-codegen write them):
// directive is the line written before the exit's line, or after it
// when after is set.
func lineDirectiveModule(t *testing.T, directive string, after bool) string {
	exit := "\tlog.Fatal(\"x\") // exits the instance\n"
	body := directive + "\n" + exit
	if after {
		body = exit + directive + "\n"
	}
	return writeModule(t, map[string]string{
		"go.mod": ffMod,
		"fn.go": `package hard

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("Handle", Handle) }

func Handle(w http.ResponseWriter, r *http.Request) {
` + body + `}
`,
	})
}

// lineDirectiveCases are directives whose line numbers lie past the end
// of the file or one line off, before the exit, and one after it.
// (analyzers/osexit's TestLineDirectives tries every placement.)
var lineDirectiveCases = []struct {
	name, directive string
	after           bool
}{
	{"past the end", "//line x.tmpl:100", false},
	{"one line off", "//line x.tmpl:14", false},
	{"after the exit", "//line x.tmpl:100", true},
}

// TestLineDirective runs fnlint, go vet -vettool=fnlint and fnlint -fix
// on function code with a //line directive: findings are reported at the
// position the directive names, and the fix edits the file as it is.
func TestLineDirective(t *testing.T) {
	for _, tc := range lineDirectiveCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := lineDirectiveModule(t, tc.directive, tc.after)
			forDrivers(t, dir, runDefaults, []string{"./..."}, func(t *testing.T, stderr string, status int) {
				if status != 3 && status != 1 || strings.Contains(stderr, "panic") || !strings.Contains(stderr, "log.Fatal terminates") {
					t.Errorf("exit status %d, want a finding; stderr:\n%s", status, stderr)
				}
			})
			_, stderr, status := run(t, dir, binary, "-fix", "./...")
			if status != 0 || strings.Contains(stderr, "panic") {
				t.Fatalf("fnlint -fix: exit status %d; stderr:\n%s", status, stderr)
			}
			got, _ := os.ReadFile(filepath.Join(dir, "fn.go"))
			want := "\thttp.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)\n"
			if !strings.Contains(string(got), want) || !strings.Contains(string(got), "\tlog.Print(\"x\")\n") || !strings.Contains(string(got), tc.directive+"\n") {
				t.Errorf("fixed file:\n%s\nwant it to keep %q and hold:\n%s", got, tc.directive, want)
			}
			if out, err := exec.Command("gofmt", "-l", filepath.Join(dir, "fn.go")).CombinedOutput(); err != nil || len(out) > 0 {
				t.Errorf("gofmt -l lists the fixed file (%v):\n%s", err, got)
			}
		})
	}
}

// TestLSPLineDirective opens function code with a //line directive in
// the language server: it stays up, and where the directive does not
// move the exit elsewhere, it publishes the finding and offers its fix.
// (Where it does, the server publishes the finding for the file the
// directive names, as lintcmd/textpos maps it.)
func TestLSPLineDirective(t *testing.T) {
	for _, tc := range []int{0, 2} { // past the end, after the exit
		tc := lineDirectiveCases[tc]
		t.Run(tc.name, func(t *testing.T) {
			dir := lineDirectiveModule(t, tc.directive, tc.after)
			s := startLSP(t, dir)
			s.initialize(dir)
			path := filepath.Join(dir, "fn.go")
			file := s.open(path, 1)
			p := s.wait(file)
			if tc.after {
				src := readFile(t, path)
				fatal := find(t, p, "log.Fatal terminates")
				if line := strings.Count(src[:strings.Index(src, "log.Fatal")], "\n"); fatal.Range.Start.Line != line {
					t.Errorf("finding on line %d, want %d", fatal.Range.Start.Line, line)
				}
				actions := s.codeActions(file, fatal.Range)
				if len(actions) == 0 {
					t.Fatalf("no quick fix")
				}
				fixed := applyEdits(t, src, actions[0].Edit.Changes[file])
				if !strings.Contains(fixed, "\thttp.Error(w,") || !strings.Contains(fixed, tc.directive+"\n") {
					t.Errorf("quick fix gives:\n%s", fixed)
				}
			}
			if status := s.exit(); status != 0 {
				t.Errorf("fnlint lsp exited with status %d", status)
			}
		})
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
