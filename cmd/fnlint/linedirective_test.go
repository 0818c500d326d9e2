package main_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lineDirectiveCase is a //line directive (as templ, goyacc and
// oapi-codegen write them) written before the line of an exit, or after
// it when after is set.
type lineDirectiveCase struct {
	name, directive string
	after           bool
}

// lineDirectiveCases are directives whose line numbers lie past the end
// of the file or one line off, before the exit, and one after it.
// (analyzers/osexit's TestLineDirectives tries every placement.)
var lineDirectiveCases = []lineDirectiveCase{
	{"past the end", "//line x.tmpl:100", false},
	{"one line off", "//line x.tmpl:14", false},
	{"after the exit", "//line x.tmpl:100", true},
}

// lineDirectiveModule returns a module with one package per case, p0,
// p1, ..., whose file fn.go holds an HTTP function that exits beside the
// case's directive.
func lineDirectiveModule(t *testing.T, cases ...lineDirectiveCase) string {
	files := map[string]string{"go.mod": ffMod}
	for i, tc := range cases {
		exit := "\tlog.Fatal(\"x\") // exits the instance\n"
		body := tc.directive + "\n" + exit
		if tc.after {
			body = exit + tc.directive + "\n"
		}
		files[fmt.Sprintf("p%d/fn.go", i)] = fmt.Sprintf(`package p%d

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("Handle%d", Handle) }

func Handle(w http.ResponseWriter, r *http.Request) {
`, i, i) + body + "}\n"
	}
	return writeModule(t, files)
}

// TestLineDirective runs fnlint, go vet -vettool=fnlint and fnlint -fix
// on function code with //line directives: each exit is reported (at the
// position the directive names), and the fix edits the file as it is.
func TestLineDirective(t *testing.T) {
	t.Parallel()
	dir := lineDirectiveModule(t, lineDirectiveCases...)
	forDrivers(t, dir, runDefaults, []string{"./..."}, func(t *testing.T, stderr string, status int) {
		if status != 3 && status != 1 || strings.Contains(stderr, "panic") || strings.Count(stderr, "log.Fatal terminates") != len(lineDirectiveCases) {
			t.Errorf("exit status %d, want %d findings; stderr:\n%s", status, len(lineDirectiveCases), stderr)
		}
	})
	// -json's edits name the file they apply to, not the one a //line
	// directive names, with its offsets.
	out, _, _ := run(t, dir, binary, "-json", "./...")
	if strings.Contains(out, `"filename": "x.tmpl"`) || strings.Count(out, `"filename": "`+dir) < len(lineDirectiveCases) {
		t.Errorf("fnlint -json: edits do not name the files they edit:\n%s", out)
	}
	_, stderr, status := run(t, dir, binary, "-fix", "./...")
	if status != 0 || strings.Contains(stderr, "panic") {
		t.Fatalf("fnlint -fix: exit status %d; stderr:\n%s", status, stderr)
	}
	for i, tc := range lineDirectiveCases {
		path := filepath.Join(dir, fmt.Sprintf("p%d", i), "fn.go")
		got := readFile(t, path)
		want := "\tlog.Print(\"x\")\n\thttp.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)\n"
		if !strings.Contains(got, want) || !strings.Contains(got, tc.directive+"\n") {
			t.Errorf("%s: fixed file:\n%s\nwant it to keep %q and hold:\n%s", tc.name, got, tc.directive, want)
		}
		if out, err := exec.Command("gofmt", "-l", path).CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("%s: gofmt -l lists the fixed file (%v):\n%s", tc.name, err, got)
		}
	}
}

// TestLSPLineDirective opens function code with a //line directive in
// the language server: it stays up, and where the directive does not
// move the exit elsewhere, it publishes the finding and offers its fix.
// (Where it does, the server publishes the finding for the file the
// directive names, as lintcmd/textpos maps it.)
func TestLSPLineDirective(t *testing.T) {
	t.Parallel()
	for _, tc := range []int{0, 2} { // past the end, after the exit
		tc := lineDirectiveCases[tc]
		t.Run(tc.name, func(t *testing.T) {
			dir := lineDirectiveModule(t, tc)
			s := startLSP(t, dir)
			s.initialize(dir)
			path := filepath.Join(dir, "p0", "fn.go")
			file := s.open(path, 1)
			p := s.wait(file)
			if tc.after {
				src := readFile(t, path)
				fatal := find(t, p, "log.Fatal terminates")
				at := strings.Index(src, "log.Fatal")
				if at < 0 {
					t.Fatalf("no log.Fatal in:\n%s", src)
				}
				if line := strings.Count(src[:at], "\n"); fatal.Range.Start.Line != line {
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
