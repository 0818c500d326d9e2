package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/lintcmd/sarifout"
)

// baselineHeader opens a baseline file; the lines after it are a
// finding's fingerprint, then, for the reader, its analyzer, file and
// message.
const baselineHeader = "# fnlint baseline: findings not to report (fnlint -baseline=FILE), one fingerprint a line,\n" +
	"# as SARIF's partialFingerprints[\"" + sarifout.FingerprintKey + "\"]; written by fnlint -baseline-write=FILE.\n"

// fingerprints returns the fingerprint of each finding: the one the
// SARIF log gives its result, which stays when lines above the finding
// move (see lintcmd/sarifout), with paths relative to root.
func fingerprints(root string, findings []runner.Finding) []string {
	diags := make([]sarifout.Diagnostic, len(findings))
	var read func(string) ([]byte, bool)
	for i, f := range findings {
		diags[i] = sarifout.Diagnostic{Analyzer: f.Analyzer, Fset: f.Fset, Pkg: f.Pkg, Diagnostic: f.Diagnostic}
		read = f.Sources.Content // one run: the same for every finding
	}
	return sarifout.Fingerprints(root, read, diags)
}

// readBaseline returns the fingerprints listed in the baseline file at
// path, or an error naming the file and line that is not one.
func readBaseline(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	set := make(map[string]bool)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fp, _, _ := strings.Cut(line, " ")
		if !isFingerprint(fp) {
			return nil, fmt.Errorf("%s:%d: %q is not a fingerprint (32 hexadecimal digits); write the file with fnlint -baseline-write=%s", path, n, fp, path)
		}
		set[fp] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	return set, nil
}

func isFingerprint(s string) bool {
	if len(s) != 32 {
		return false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// writeBaseline writes the fingerprints of findings to the file at
// path, each with its analyzer, file and message, in the order of the
// findings (by position).
func writeBaseline(path, root string, findings []runner.Finding) error {
	var b strings.Builder
	b.WriteString(baselineHeader)
	for i, fp := range fingerprints(root, findings) {
		f := findings[i]
		file := f.Position().Filename
		if rel, err := filepath.Rel(root, file); err == nil && !strings.HasPrefix(rel, "..") {
			file = filepath.ToSlash(rel)
		}
		msg := strings.Join(strings.Fields(f.Message), " ")
		fmt.Fprintf(&b, "%s %s %s: %s\n", fp, f.Analyzer.Name, file, msg)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// withoutBaseline returns the findings whose fingerprint is not in
// baseline.
func withoutBaseline(root string, findings []runner.Finding, baseline map[string]bool) []runner.Finding {
	var kept []runner.Finding
	for i, fp := range fingerprints(root, findings) {
		if !baseline[fp] {
			kept = append(kept, findings[i])
		}
	}
	return kept
}
