package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var binary string // the fnlint binary built for the tests

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "fnlint-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "fnlint")
	// The binary's cache of dependency summaries lives and dies with
	// the test binary's temporary directory, not in the user's.
	if err := os.Setenv("FNLINT_CACHE", filepath.Join(dir, "cache")); err != nil {
		panic(err)
	}
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		panic(fmt.Sprintf("go build: %v\n%s", err, out))
	}
	code := m.Run()
	_ = os.RemoveAll(dir) // best effort: a temporary directory
	os.Exit(code)
}

// run runs a command in dir, offline, and returns its standard output,
// standard error and exit status.
func run(t *testing.T, dir string, name string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	return runEnv(t, dir, runDefaults, name, args...)
}

// runDefaults is what run adds to the environment: nothing is fetched,
// no workspace applies, and go.mod may be updated.
var runDefaults = []string{"GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"}

// forDrivers runs fnlint and go vet -vettool=fnlint with args in dir,
// with env added to the environment, each as a subtest whose output
// (fnlint's standard output and error, go vet's standard error) and
// exit status check judges.
func forDrivers(t *testing.T, dir string, env, args []string, check func(t *testing.T, out string, status int)) {
	for _, d := range []struct {
		name string
		cmd  []string
	}{
		{"fnlint", []string{binary}},
		{"go vet", []string{"go", "vet", "-vettool=" + binary}},
	} {
		t.Run(d.name, func(t *testing.T) {
			cmd := append(slices.Clip(d.cmd), args...)
			stdout, stderr, status := runEnv(t, dir, env, cmd[0], cmd[1:]...)
			check(t, stdout+stderr, status)
		})
	}
}

// runEnv is run with the given additions to the environment.
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		status = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return out.String(), errb.String(), status
}

func sampleDir(t *testing.T) string {
	dir, err := filepath.Abs("../../testdata/sample")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// normalize makes output independent of where the checkout lives and of
// the order in which packages finish: it sorts the findings, each with
// its related lines below it.
func normalize(out, dir string) string {
	out = strings.ReplaceAll(out, dir+string(filepath.Separator), "")
	var blocks []string
	for line := range strings.Lines(strings.TrimSpace(out) + "\n") {
		if strings.HasPrefix(line, "  related: ") && len(blocks) > 0 {
			blocks[len(blocks)-1] += line
			continue
		}
		blocks = append(blocks, line)
	}
	slices.Sort(blocks)
	return strings.Join(blocks, "")
}

// TestSample and TestVetTool are the package's only sequential tests:
// the parallel ones start once they end, so that they find the
// dependencies' summaries in the binary's cache and their facts in go
// vet's, instead of computing them side by side. Every other test runs
// in parallel: most of their time is spent waiting on subprocesses.
func TestSample(t *testing.T) {
	golden(t, sampleDir(t), "sample.txt")
}

// golden runs fnlint ./... in dir, expects findings (status 3), and
// compares its normalized output with testdata/name (UPDATE_GOLDEN=1
// rewrites it). It returns the output.
func golden(t *testing.T, dir, name string) string {
	t.Helper()
	stdout, stderr, status := run(t, dir, binary, "./...")
	if status != 3 {
		t.Errorf("exit status %d, want 3 (diagnostics); stderr:\n%s", status, stderr)
	}
	got := normalize(stdout, dir)
	file := filepath.Join("testdata", name)
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("fnlint ./... in %s:\n%s\nwant (%s):\n%s", dir, got, file, want)
	}
	return got
}

// TestLegacy runs fnlint on a 1st-gen function module on Go 1.16, with a
// fixed date for the runtime table.
func TestLegacy(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../testdata/legacy")
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, status := run(t, dir, binary, "-runtimeversion.today=2026-11-23", "./...")
	if status != 3 {
		t.Errorf("exit status %d, want 3; stderr:\n%s", status, stderr)
	}
	for _, want := range []string{
		"go.mod:3:1: go.mod selects Go 1.16: runtime go116 was deprecated on 2024-01-30 and decommissioned on 2025-01-30",
		"function.go:19:3: HelloHTTP returns without writing a response: the caller gets an empty 200 OK; write a response (http.Error on failure) before every return",
		`function.go:21:12: os.WriteFile writes to the relative path "greeted.txt"`,
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
}

// TestRuntimeVersionOncePerModule runs fnlint on a module of three
// packages that declare entry points: each reports the go directive,
// and fnlint prints it once.
func TestRuntimeVersionOncePerModule(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../analyzers/runtimeversion/testdata/multi")
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, status := run(t, dir, binary, "-runtimeversion.today=2027-05-01", "./...")
	if status != 3 {
		t.Errorf("exit status %d, want 3; stderr:\n%s", status, stderr)
	}
	got := normalize(stdout, dir)
	want := "go.mod:4:1: go.mod selects Go 1.26: runtime go126 is deprecated since 2027-02 or 2027-03 and gets no security updates; it is decommissioned between 2027-08 and 2027-09; move to go127, the newest supported runtime (runtimeversion)\n"
	if got != want {
		t.Errorf("fnlint ./... in %s:\n%s\nwant:\n%s", dir, got, want)
	}
}

func TestSampleJSON(t *testing.T) {
	t.Parallel()
	dir := sampleDir(t)
	stdout, stderr, status := run(t, dir, binary, "-json", "./...")
	if status != 0 {
		t.Fatalf("-json exit status %d, want 0; stderr:\n%s", status, stderr)
	}
	// package path -> analyzer -> diagnostics
	var tree map[string]map[string][]struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output is not the go/analysis JSON tree: %v\n%s", err, stdout)
	}
	counts := make(map[string]int)
	for _, analyzers := range tree {
		for name, diags := range analyzers {
			counts[name] += len(diags)
		}
	}
	// The handlers package's Hello is judged where it is written: an
	// exit, a goroutine, a write; its Items route does not respond; the
	// stats route writes a global.
	want := map[string]int{"osexit": 3, "backgroundwork": 4, "missingresponse": 2, "clientperrequest": 1, "tmpfile": 1, "smtp25": 1,
		"globalmutation": 3, "eagerinit": 1, "oncefailure": 1}
	if fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("diagnostics per analyzer = %v, want %v", counts, want)
	}
}

func TestVetTool(t *testing.T) {
	dir := sampleDir(t)
	_, stderr, status := run(t, dir, "go", "vet", "-vettool="+binary, "./...")
	if status == 0 {
		t.Errorf("go vet -vettool reported nothing; stderr:\n%s", stderr)
	}
	for _, want := range []string{
		"log.Fatalf terminates the function instance",
		"calls config.MustEnv, which calls log.Fatalf",
		"onUpload calls notify.Async, which starts a goroutine that outlives the invocation; the instance gets no CPU after the function returns; make notify.Async wait for it before returning",
		"result of (*pubsub.Topic).Publish outlives the invocation",
		"storage.NewClient creates a client on every invocation",
		"os.CreateTemp creates a temporary file that is never removed",
		"calls notify.Email, which calls smtp.SendMail to port 25",
		"write to package-level variable sample.requests without synchronization",
		"pubsub.NewClient runs at every cold start to initialize topic",
		"once.Do caches a failure",
		// go vet analyzes one package at a time: a handler registered
		// from another package is reported at its registration.
		`registers handlers.Hello (entry point "Hello"), which calls log.Fatal, which terminates the function instance`,
		`registers handlers.Hello (entry point "Hello"), which starts a goroutine that outlives the invocation`,
		`registers handlers.Hello (entry point "Hello"), which writes handlers.hits without synchronization`,
		"handlers.Items returns without writing a response at handlers.go:27",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("go vet -vettool output lacks %q:\n%s", want, stderr)
		}
	}
}

// sampleCopy copies the sample module to a temporary directory, with
// its replace directives pointing at the stubs beside the sample.
func sampleCopy(t *testing.T) string {
	dir := t.TempDir()
	copyTree(t, sampleDir(t), dir)
	gomod := filepath.Join(dir, "go.mod")
	data, _ := os.ReadFile(gomod)
	stubs, _ := filepath.Abs("../../testdata/stubs")
	if err := os.WriteFile(gomod, bytes.ReplaceAll(data, []byte("../stubs"), []byte(stubs)), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestFix(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	if _, stderr, status := run(t, dir, binary, "-fix", "./..."); status != 3 { // findings without a fix remain
		t.Fatalf("-fix exit status %d; stderr:\n%s", status, stderr)
	}
	checkFixed(t, dir)
}

// TestFixTwice: a second -fix changes nothing, and -diff writes nothing.
func TestFixTwice(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	path := filepath.Join(dir, "function.go")
	before, _ := os.ReadFile(path)
	stdout, _, status := run(t, dir, binary, "-fix", "-diff", "./...")
	if status != 3 || !strings.Contains(stdout, "+\t\thttp.Error(w, http.StatusText(") {
		t.Errorf("-fix -diff: status %d, diff:\n%s", status, stdout)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("-diff changed the file")
	}
	run(t, dir, binary, "-fix", "./...")
	once, _ := os.ReadFile(path)
	run(t, dir, binary, "-fix", "./...")
	twice, _ := os.ReadFile(path)
	if string(once) == string(before) || string(twice) != string(once) {
		t.Error("the first -fix changed nothing, or the second changed something")
	}
}

// TestDeterministic: two runs print byte-identical output, sorted by
// position.
func TestDeterministic(t *testing.T) {
	t.Parallel()
	dir := sampleDir(t)
	_, first, _ := run(t, dir, binary, "./...")
	_, second, _ := run(t, dir, binary, "./...")
	if first != second {
		t.Errorf("two runs differ:\n%s\n---\n%s", first, second)
	}
	lines := strings.Split(strings.TrimSpace(first), "\n")
	lineOf := func(s string) int {
		n, err := strconv.Atoi(strings.SplitN(s, ":", 3)[1])
		if err != nil {
			t.Fatalf("not a file:line:col: line: %q", s)
		}
		return n
	}
	for i := 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "\t") || strings.SplitN(lines[i], ":", 2)[0] != strings.SplitN(lines[i-1], ":", 2)[0] {
			continue
		}
		if lineOf(lines[i]) < lineOf(lines[i-1]) {
			t.Errorf("output not sorted by position:\n%s\n%s", lines[i-1], lines[i])
		}
	}
}

// TestGoFix applies the fixes through go fix -fixtool (Go 1.26).
func TestGoFix(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	if _, stderr, status := run(t, dir, "go", "fix", "-fixtool="+binary, "./..."); status != 0 {
		t.Fatalf("go fix -fixtool exit status %d; stderr:\n%s", status, stderr)
	}
	checkFixed(t, dir)
}

// checkFixed checks that the sample's fix was applied and left code that
// builds and is gofmt-clean.
func checkFixed(t *testing.T, dir string) {
	t.Helper()
	fixed, _ := os.ReadFile(filepath.Join(dir, "function.go"))
	if !bytes.Contains(fixed, []byte("http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)")) {
		t.Errorf("-fix did not replace log.Fatalf in helloHTTP:\n%s", fixed)
	}
	if _, stderr, status := run(t, dir, "go", "build", "./..."); status != 0 {
		t.Errorf("the fixed module does not build:\n%s", stderr)
	}
	if out, _, _ := run(t, dir, "gofmt", "-l", "."); out != "" {
		t.Errorf("the fixed files are not gofmt-clean: %s", out)
	}
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	t.Run("outside a module", func(t *testing.T) {
		_, stderr, status := run(t, t.TempDir(), binary, "./...")
		if status != 1 || !strings.Contains(stderr, "is not inside a Go module") {
			t.Errorf("status %d, stderr:\n%s", status, stderr)
		}
	})
	t.Run("no such directory", func(t *testing.T) {
		_, stderr, status := run(t, sampleDir(t), binary, "./nope/...")
		if status != 1 || !strings.Contains(stderr, "pattern ./nope/...: no directory ./nope") {
			t.Errorf("status %d, stderr:\n%s", status, stderr)
		}
	})
	t.Run("pattern matching nothing", func(t *testing.T) {
		_, stderr, status := run(t, sampleDir(t), binary, "example.com/sample/nothing")
		if status != 1 || !strings.Contains(stderr, "example.com/sample/nothing") {
			t.Errorf("status %d, stderr:\n%s", status, stderr)
		}
	})
	t.Run("syntax and type errors", func(t *testing.T) {
		dir := t.TempDir()
		write := func(name, content string) {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write("go.mod", "module example.com/broken\n\ngo 1.24\n")
		write("broken/broken.go", "package broken\n\nfunc f( {\n")
		write("typeerr/typeerr.go", "package typeerr\n\nvar x int = \"s\"\n")
		write("good.go", `package broken

import (
	"log"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	log.Fatal("x")
}
`)
		stdout, stderr, status := run(t, dir, binary, "./...")
		if status != 1 {
			t.Errorf("status %d, want 1", status)
		}
		// The errors go to standard error, the findings to standard
		// output.
		for _, want := range []string{"broken.go:3:", "typeerr.go:3:"} {
			if !strings.Contains(stderr, want) || strings.Contains(stdout, want) {
				t.Errorf("stderr lacks %q, or stdout has it:\nstderr:\n%s\nstdout:\n%s", want, stderr, stdout)
			}
		}
		for _, want := range []string{"good.go:9:2: log.Fatal terminates the function instance"} {
			if !strings.Contains(stdout, want) || strings.Contains(stderr, want) {
				t.Errorf("stdout lacks %q, or stderr has it:\nstdout:\n%s\nstderr:\n%s", want, stdout, stderr)
			}
		}
	})
}

func TestHelp(t *testing.T) {
	t.Parallel()
	stdout, stderr, _ := run(t, ".", binary, "help", "osexit")
	out := stdout + stderr
	if !strings.Contains(out, "cannot recover os.Exit, log.Fatal") || !strings.Contains(out, "-osexit.coldstart") {
		t.Errorf("fnlint help osexit does not show the analyzer's documentation:\n%s", out)
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	stdout, stderr, status := run(t, ".", binary, "version")
	if status != 0 || !strings.HasPrefix(stdout, "fnlint ") || !strings.Contains(stdout, " go1.") {
		t.Errorf("fnlint version: status %d, stdout %q, stderr %q; want \"fnlint VERSION [REVISION] GOVERSION\"", status, stdout, stderr)
	}
}

// TestUsage checks the command's own help and its exit statuses, in a
// copy of the sample: a -fix that should be refused must not touch the
// checkout's files if it is not.
func TestUsage(t *testing.T) {
	t.Parallel()
	dir := sampleCopy(t)
	for _, tc := range []struct {
		args   []string
		status int
		want   string
	}{
		{[]string{"-h"}, 0, "Exit status: 0 nothing reported; 3 findings"},
		{[]string{"help"}, 0, "fnlint lsp "},
		{[]string{"help", "lsp"}, 0, "language server"},
		{[]string{"help", "config"}, 0, "each inherits its parent's settings and overrides them"},
		{[]string{"help", "deploy"}, 0, "gcloud functions deploy and gcloud run deploy --function command lines"},
		{[]string{"-h"}, 0, "-deploy file,...\n    \talso read the deployment files file,... (comma-separated)"},
		{nil, 2, "no packages named"},
		{[]string{"-nosuchflag", "./..."}, 2, "flag provided but not defined: -nosuchflag"},
		// -funcmodel.entry: a malformed value, one naming a package or
		// a function that is not there, and one that is.
		{[]string{"-funcmodel.entry=Handle", "./..."}, 2, `invalid value "Handle" for flag -funcmodel.entry: "Handle" is not importpath.Func or importpath.Type.Method`},
		{[]string{"-funcmodel.entry=example.com/nope.Handle", "./..."}, 2, "fnlint: -funcmodel.entry=example.com/nope.Handle: no package example.com/nope among the packages analyzed"},
		{[]string{"-funcmodel.entry=example.com/sample.HelloHTTP", "./..."}, 2, "fnlint: -funcmodel.entry=example.com/sample.HelloHTTP: package example.com/sample declares no function HelloHTTP"},
		{[]string{"-sarif", "-funcmodel.entry=example.com/sample.Nope", "./..."}, 2, "package example.com/sample declares no function Nope"},
		{[]string{"-funcmodel.entry=example.com/sample.helloHTTP", "./..."}, 3, "(osexit)"},
		// Flags that contradict each other are refused.
		{[]string{"-json", "-fix", "./..."}, 2, "fnlint: -json and -fix cannot be combined"},
		{[]string{"-fix=true", "-json", "./..."}, 2, "fnlint: -json and -fix cannot be combined"},
		{[]string{"-diff", "./..."}, 2, "fnlint: -diff shows what -fix would change: run fnlint -fix -diff"},
		{[]string{"-sarif", "-json", "./..."}, 2, "fnlint: -sarif and -json cannot be combined"},
		{[]string{"-fix", "-sarif", "./..."}, 2, "fnlint: -sarif and -fix cannot be combined"},
		{[]string{"-sarif", "--diff", "./..."}, 2, "fnlint: -sarif and -diff cannot be combined"},
		// Help on what does not exist says what does.
		{[]string{"help", "nosuch"}, 2, "fnlint help: no command or analyzer named \"nosuch\"\ncommands: config, help, lsp, version\nanalyzers: funcmodel, osexit, "},
		{[]string{"help", "osexti"}, 2, "did you mean osexit?"},
		{[]string{"help", "osexit", "nosuch"}, 2, "no command or analyzer named \"nosuch\""},
		{[]string{"help", "help"}, 0, "fnlint help NAME"},
		{[]string{"help", "osexit", "envvar"}, 0, "envvar: report reads of variables"},
		// A mistyped command, and -version.
		{[]string{"verison"}, 2, "fnlint: unknown command \"verison\"; did you mean version?"},
		{[]string{"hlep"}, 2, "did you mean help?"},
		{[]string{"-version"}, 0, " go1."},
		{[]string{"version", "./..."}, 2, "fnlint version takes no arguments"},
		{[]string{"--version"}, 0, " go1."},
		{[]string{"-h"}, 0, "-version\n    \tprint the version"},
	} {
		stdout, stderr, status := run(t, dir, binary, tc.args...)
		if out := stdout + stderr; status != tc.status || !strings.Contains(out, tc.want) {
			t.Errorf("fnlint %v: status %d, want %d with %q; output:\n%s", tc.args, status, tc.status, tc.want, out)
		}
		if strings.Contains(stdout+stderr, "accepted for compatibility") {
			t.Errorf("fnlint %v shows flags that have no effect", tc.args)
		}
	}
}

// TestLambda runs fnlint on the Lambda sample module: its findings are
// those of the golden file, and none speaks Cloud Run's language.
func TestLambda(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../testdata/lambda")
	if err != nil {
		t.Fatal(err)
	}
	got := golden(t, dir, "lambda.txt")
	for _, cloudRun := range []string{"function instance", "in memory", "instance gets no CPU", "concurrent invocations race", "1st gen", "runtime go1"} {
		if strings.Contains(got, cloudRun) {
			t.Errorf("a finding on Lambda code says %q:\n%s", cloudRun, got)
		}
	}
}

// TestFixStatus: what -h says of -fix's exit status is what it does: 3
// while findings remain that it did not fix, 0 once it fixed every one.
func TestFixStatus(t *testing.T) {
	t.Parallel()
	_, help, _ := run(t, sampleDir(t), binary, "-h")
	for _, want := range []string{
		"With -fix (or -fix -diff): 3 when findings remain that\nit did not fix (it prints them), 0 when none remain.",
		"With -json or\n-sarif: 0 unless errors.",
	} {
		if !strings.Contains(help, want) {
			t.Errorf("-h does not say %q:\n%s", want, help)
		}
	}
	dir := writeModule(t, map[string]string{
		"go.mod": ffMod,
		"fn.go": `package hard

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("H", handle) }

func handle(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		log.Fatal("bad method")
	}
	w.Write([]byte("ok"))
}
`,
	})
	if stdout, stderr, status := run(t, dir, binary, "-fix", "-diff", "./..."); status != 0 || stderr != "" || !strings.Contains(stdout, "-\t\tlog.Fatal(") {
		t.Errorf("-fix -diff with every finding fixable: status %d, want 0 and a diff; stderr:\n%s\nstdout:\n%s", status, stderr, stdout)
	}
	if _, stderr, status := run(t, dir, binary, "-fix", "./..."); status != 0 || stderr != "" {
		t.Errorf("-fix with every finding fixable: status %d, want 0; stderr:\n%s", status, stderr)
	}
	if _, stderr, status := run(t, dir, binary, "./..."); status != 0 {
		t.Errorf("after -fix: status %d, want 0; stderr:\n%s", status, stderr)
	}
}

// TestCommandOrPackage: a bare word close to a command's name is an
// unknown command only when it names no package; a module whose path is
// such a word is analyzed, as go vet analyzes it.
func TestCommandOrPackage(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"go.mod": strings.Replace(ffMod, "module example.com/hard", "module verison", 1),
		"fn.go": `package verison

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("H", handle) }

func handle(w http.ResponseWriter, r *http.Request) { log.Fatal("x") }
`,
	})
	if stdout, stderr, status := run(t, dir, binary, "verison"); status != 3 || !strings.Contains(stdout, "log.Fatal terminates") {
		t.Errorf("fnlint verison in module verison: status %d, want 3 with the finding; stdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
	if _, stderr, status := run(t, dir, binary, "versoin"); status != 2 || !strings.Contains(stderr, `unknown command "versoin"; did you mean version?`) {
		t.Errorf("fnlint versoin: status %d, want 2 with the command; stderr:\n%s", status, stderr)
	}
}
