package deploy

import (
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// parseWorkflow reads the run: blocks of a GitHub Actions workflow that
// mention gcloud or a build, each parsed as a shell script whose positions map back
// to the workflow's lines. A step runs in the repository root joined with
// its working-directory (or the job's or workflow's defaults.run
// working-directory). Steps with a shell other than bash or sh are
// skipped.
func parseWorkflow(f *srcFile, repoRoot string) result {
	var r result
	root, perr := parseYAML(f)
	if perr != nil {
		r.errors = append(r.errors, perr)
		return r
	}
	wfDir, wfShell := runDefaults(root)
	pairs(get(root, "jobs"), func(_, job *yaml.Node) {
		jobDir, jobShell := runDefaults(job)
		if jobDir == nil {
			jobDir = wfDir
		}
		if jobShell == "" {
			jobShell = wfShell
		}
		steps := get(job, "steps")
		if steps == nil || steps.Kind != yaml.SequenceNode {
			return
		}
		for _, step := range steps.Content {
			run := get(step, "run")
			if run == nil || run.Kind != yaml.ScalarNode || !mentionsCommand([]byte(run.Value)) {
				continue
			}
			shell := jobShell
			if sh := get(step, "shell"); isPlainScalar(sh) {
				shell = sh.Value
			}
			if shell != "" && !strings.HasPrefix(shell, "bash") && !strings.HasPrefix(shell, "sh") {
				continue
			}
			dirNode := get(step, "working-directory")
			if dirNode == nil {
				dirNode = jobDir
			}
			bases := []string{repoRoot}
			if dirNode != nil {
				if isPlainScalar(dirNode) && !strings.Contains(dirNode.Value, "${{") {
					bases = []string{filepath.Join(repoRoot, filepath.FromSlash(dirNode.Value))}
				} else {
					bases = nil
				}
			}
			runScript(f, FormatWorkflow, run, bases, &r)
		}
	})
	return r
}

// runDefaults returns defaults.run.working-directory and shell.
func runDefaults(n *yaml.Node) (*yaml.Node, string) {
	run := get(get(n, "defaults"), "run")
	shell := ""
	if sh := get(run, "shell"); isPlainScalar(sh) {
		shell = sh.Value
	}
	return get(run, "working-directory"), shell
}

func containsGcloud(s string) bool { return strings.Contains(s, "gcloud") }

// replaceExpressions replaces each GitHub expression ${{ … }}, which the
// runner substitutes before the shell runs, with a shell parameter
// expansion of the same length (see makePlaceholder): unknown, and the
// offsets stay.
func replaceExpressions(s string) string {
	for {
		i := strings.Index(s, "${{")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			return s
		}
		n := j + 2
		s = s[:i] + makePlaceholder + strings.Repeat("_", max(n-4, 0)) + "}" + s[i+n:]
	}
}
