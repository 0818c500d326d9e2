package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeployRuntimes runs fnlint on a module whose SAM template deploys
// its Lambda handlers on deprecated runtimes: the findings sit in the
// template, at the runtime settings, in the text, JSON and SARIF
// outputs alike.
func TestDeployRuntimes(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("../../analyzers/runtimeversion/testdata/lambdasam")
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, status := run(t, dir, binary, "-runtimeversion.today=2026-12-01", "./...")
	if status != 3 {
		t.Errorf("exit status %d, want 3; stderr:\n%s", status, stderr)
	}
	got := normalize(stdout, dir)
	for _, want := range []string{
		"template.yaml:7:14: runtime provided.al2 was deprecated on 2026-06-30 and Lambda blocks updating functions on it since 2026-08-31, so deployments fail; move to provided.al2023 (runtimeversion)\n  related: api/main.go:12:28: the entry point handle that ApiFunction deploys\n",
		"template.yaml:16:16: runtime go1.x, the Go 1.x managed runtime, is deprecated since 2023-12-31",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "(runtimeversion)"); n != 2 {
		t.Errorf("%d findings, want 2:\n%s", n, got)
	}

	stdout, _, _ = run(t, dir, binary, "-json", "-runtimeversion.today=2026-12-01", "./...")
	var tree map[string]map[string][]struct {
		Posn string `json:"posn"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json: %v\n%s", err, stdout)
	}
	posns := make(map[string]bool)
	for _, byAnalyzer := range tree {
		for _, d := range byAnalyzer["runtimeversion"] {
			posns[strings.TrimPrefix(d.Posn, dir+string(filepath.Separator))] = true
		}
	}
	if !posns["template.yaml:7:14"] || !posns["template.yaml:16:16"] {
		t.Errorf("-json positions %v, want template.yaml:7:14 and template.yaml:16:16", posns)
	}

	log, _ := sarifRun(t, dir, "-runtimeversion.today=2026-12-01", "./...")
	found := 0
	for _, res := range log.Runs[0].Results {
		loc := res.Locations[0].PhysicalLocation
		if strings.HasSuffix(loc.ArtifactLocation.URI, "lambdasam/template.yaml") && (loc.Region.StartLine == 7 || loc.Region.StartLine == 16) {
			found++
		}
	}
	if found != 2 {
		t.Errorf("SARIF: %d results in template.yaml at lines 7 and 16, want 2: %+v", found, log.Runs[0].Results)
	}
}

// TestDeployMalformed: a deployment file that does not parse, or a file
// -deploy names that is none, is a warning naming the file and line on
// standard error, and the Go code is analyzed all the same.
func TestDeployMalformed(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil { // discovery stops at the repository's root
		t.Fatal(err)
	}
	write := func(name, content string) {
		t.Helper()
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("fn/go.mod", "module example.com/fn\n\ngo 1.24\n")
	write("fn/function.go", `// Package fn is a 1st-gen function.
package fn

import (
	"net/http"
	"os"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	os.Exit(1)
}
`)
	write("fn/template.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: [\n")
	write("notes.txt", "not a deployment file\n")
	dir := filepath.Join(root, "fn")
	stdout, stderr, status := run(t, dir, binary, "-deploy=../notes.txt", "./...")
	if status != 3 || !strings.Contains(stdout, "function.go:10:2: os.Exit") {
		t.Errorf("exit status %d, output:\n%s\nwant the osexit finding, status 3; stderr:\n%s", status, stdout, stderr)
	}
	for _, want := range []string{
		"fnlint: warning: deployment file template.yaml:5: did not find expected node content; analyzing without it",
		"fnlint: warning: deployment file " + filepath.Join(root, "notes.txt") + ": unrecognized deployment file",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("standard error lacks %q:\n%s", want, stderr)
		}
	}
}

// TestDeployFlag: a deployment file outside the module, named with
// -deploy, makes a package that nothing registers an entry point (a
// 1st-gen function below the module root, deployed with its directory
// as the source): its os.Exit is reported only then.
func TestDeployFlag(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, content string) {
		t.Helper()
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app/go.mod", "module example.com/app\n\ngo 1.24\n")
	write("app/functions/report/report.go", `// Package report is a function that only its deployment names.
package report

import (
	"net/http"
	"os"
)

func HandleRequest(w http.ResponseWriter, r *http.Request) {
	os.Exit(1)
}
`)
	write("infra/main.tf", `data "archive_file" "report" {
  type        = "zip"
  source_dir  = "${path.module}/../app/functions/report"
  output_path = "/tmp/report.zip"
}

resource "google_storage_bucket_object" "report" {
  name   = "report.zip"
  bucket = "src"
  source = data.archive_file.report.output_path
}

resource "google_cloudfunctions_function" "report" {
  name                  = "report"
  runtime               = "go124"
  entry_point           = "HandleRequest"
  source_archive_bucket = "src"
  source_archive_object = google_storage_bucket_object.report.name
  trigger_http          = true
}
`)
	dir := filepath.Join(root, "app")
	stdout, stderr, status := run(t, dir, binary, "./...")
	if status != 0 || stdout != "" {
		t.Errorf("without the deployment: status %d, output:\n%s\nwant nothing; stderr:\n%s", status, stdout, stderr)
	}
	stdout, stderr, status = run(t, dir, binary, "-deploy=../infra/main.tf", "./...")
	if status != 3 || !strings.Contains(stdout, "functions/report/report.go:10:2: os.Exit") {
		t.Errorf("with -deploy: status %d, output:\n%s\nwant the osexit finding; stderr:\n%s", status, stdout, stderr)
	}
	// fnlint.toml's deploy names it as well, relative to the file.
	write("app/fnlint.toml", "deploy = [\"../infra/main.tf\"]\n")
	stdout, stderr, status = run(t, dir, binary, "./...")
	if status != 3 || !strings.Contains(stdout, "functions/report/report.go:10:2: os.Exit") {
		t.Errorf("with fnlint.toml's deploy: status %d, output:\n%s\nwant the osexit finding; stderr:\n%s", status, stdout, stderr)
	}
}
