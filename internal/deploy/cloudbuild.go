package deploy

import (
	"path"
	"path/filepath"

	"gopkg.in/yaml.v3"
)

// parseCloudBuild reads the steps of a cloudbuild.yaml: a gcloud step's
// args (the cloud-builders/gcloud image, or entrypoint gcloud), a bash -c
// script's gcloud lines and a step's script. A step runs in /workspace
// (taken to be the repository root, then the file's directory) joined with
// its dir.
func parseCloudBuild(f *srcFile, repoRoot string) result {
	var r result
	root, perr := parseYAML(f)
	if perr != nil {
		r.errors = append(r.errors, perr)
		return r
	}
	steps := get(root, "steps")
	if steps == nil || steps.Kind != yaml.SequenceNode {
		return r
	}
	for _, step := range steps.Content {
		step = resolve(step)
		bases := []string{repoRoot, filepath.Dir(f.path)}
		if dk, dv := lookup(step, "dir"); dk != nil {
			if d := f.cfnString(dk, dv); d.IsKnown() {
				for i, b := range bases {
					bases[i] = filepath.Join(b, filepath.FromSlash(d.V))
				}
			} else {
				bases = nil
			}
		}
		name, entry := "", ""
		if n := get(step, "name"); isPlainScalar(n) {
			name = n.Value
		}
		if e := get(step, "entrypoint"); isPlainScalar(e) {
			entry = e.Value
		}
		args := get(step, "args")
		if sc := get(step, "script"); sc != nil && sc.Kind == yaml.ScalarNode {
			runScript(f, FormatCloudBuild, sc, bases, &r)
			continue
		}
		if args == nil || args.Kind != yaml.SequenceNode {
			continue
		}
		switch {
		case entry == "gcloud" || entry == "" && path.Base(name) == "gcloud":
			words := []word{{text: "gcloud", known: true}}
			for _, a := range args.Content {
				words = append(words, yamlWord(f, resolve(a)))
			}
			at := f.nodePos(args.Content[0])
			if fn := gcloudFunction(f, FormatCloudBuild, words, at, &cwdState{bases: bases}); fn != nil {
				r.functions = append(r.functions, fn)
			}
		case entry == "bash" || entry == "sh" || entry == "/bin/bash" || entry == "/bin/sh":
			for i := 0; i+1 < len(args.Content); i++ {
				if a := resolve(args.Content[i]); isPlainScalar(a) && a.Value == "-c" {
					runScript(f, FormatCloudBuild, resolve(args.Content[i+1]), bases, &r)
					break
				}
			}
		}
	}
	return r
}

// runScript reads the gcloud lines of a script held in a YAML scalar.
func runScript(f *srcFile, format Format, n *yaml.Node, bases []string, r *result) {
	if n == nil || n.Kind != yaml.ScalarNode {
		return
	}
	text, m := yamlScript(f, n)
	if !mentionsCommand([]byte(text)) {
		return
	}
	if format == FormatWorkflow {
		text = replaceExpressions(text)
	}
	s := &shellScript{f: f, format: format, text: text, omap: m, bases: bases}
	s.run(r)
}
