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
			if uses := get(step, "uses"); isPlainScalar(uses) && strings.HasPrefix(uses.Value, deployAction+"@") {
				r.functions = append(r.functions, deployActionFunction(f, step, uses, repoRoot))
				continue
			}
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

// deployAction is Google's GitHub action that deploys a Cloud Run
// function.
const deployAction = "google-github-actions/deploy-cloud-functions"

// deployActionFunction reads a step using deployAction. Its inputs are
// those of v3 (2nd gen only: memory, service_timeout,
// max_instance_request_concurrency, environment_variables) and of v1
// (1st gen: memory_mb, timeout, env_vars); source_dir is relative to the
// repository root.
func deployActionFunction(f *srcFile, step, uses *yaml.Node, repoRoot string) *Function {
	with := get(step, "with")
	in := func(key string) Value[string] {
		k, v := lookup(with, key)
		s := f.cfnString(k, v)
		if s.IsKnown() && strings.Contains(s.V, "${{") {
			s.State, s.V = Unknown, ""
		}
		return s
	}
	fn := &Function{
		Format:   FormatWorkflow,
		Kind:     deployAction,
		Pos:      f.valuePos(uses),
		Platform: CloudRunFunctions,
	}
	fn.Name = in("name")
	fn.ID = fn.Name.Text
	_, version, _ := strings.Cut(uses.Value, "@")
	genPos := f.valuePos(uses)
	switch {
	case strings.HasPrefix(version, "v0"), strings.HasPrefix(version, "v1"):
		fn.Generation = Value[int]{State: Known, V: 1, Text: uses.Value, Pos: genPos, Key: genPos}
	case strings.HasPrefix(version, "v"):
		if major := strings.TrimPrefix(strings.SplitN(version, ".", 2)[0], "v"); major >= "3" && len(major) == 1 {
			fn.Generation = Value[int]{State: Known, V: 2, Text: uses.Value, Pos: genPos, Key: genPos}
		}
	}
	if env := in("environment"); env.IsKnown() {
		switch env.V {
		case "GEN_1":
			fn.Generation = Value[int]{State: Known, V: 1, Text: env.V, Pos: env.Pos, Key: env.Key}
		case "GEN_2":
			fn.Generation = Value[int]{State: Known, V: 2, Text: env.V, Pos: env.Pos, Key: env.Key}
		}
	}
	fn.Runtime = in("runtime")
	fn.Entry.EntryPoint = in("entry_point")
	fn.Entry.Source = in("source_dir")
	src := fn.Entry.Source
	if src.IsAbsent() {
		src = Value[string]{State: Known, V: "./"}
	}
	fn.Entry.Dir = resolveDir(src, repoRoot)
	if fn.Entry.Source.IsAbsent() {
		fn.Entry.Dir.Pos, fn.Entry.Dir.Key = Pos{}, Pos{}
	}
	fn.Concurrency = toInt(in("max_instance_request_concurrency"))
	if t := in("service_timeout"); !t.IsAbsent() {
		fn.Timeout = mapValue(t, parseGCPDuration)
	} else {
		fn.Timeout = mapValue(in("timeout"), parseGCPDuration)
	}
	if m := in("memory"); !m.IsAbsent() {
		fn.MemoryMB = mapValue(m, parseMemoryMB)
	} else {
		fn.MemoryMB = toInt(in("memory_mb"))
	}
	// v3's environment_variables replace the function's variables when
	// given; v1's env_vars are read but not taken as the whole set.
	if k, v := lookup(with, "environment_variables"); k != nil {
		fn.Env = actionEnv(f, k, v, true)
	} else if k, v := lookup(with, "env_vars"); k != nil {
		fn.Env = actionEnv(f, k, v, false)
	}
	if typ := in("event_trigger_type"); !typ.IsAbsent() {
		ev := &Event{Kind: "event_trigger_type", Pos: typ.Key, Trigger: gcfEventTrigger(typ)}
		if ev.Trigger == TriggerUnknown && typ.IsKnown() {
			ev.Trigger = TriggerEvent
		}
		if t := in("event_trigger_pubsub_topic"); !t.IsAbsent() {
			ev.Source = t
		} else {
			ev.Source = in("event_trigger_resource")
		}
		fn.Events = append(fn.Events, ev)
	} else {
		fn.Events = append(fn.Events, &Event{Kind: deployAction, Pos: fn.Pos, Trigger: TriggerHTTP})
	}
	return fn
}

// actionEnv reads the action's comma- or newline-separated KEY=VALUE list.
func actionEnv(f *srcFile, k, v *yaml.Node, complete bool) Env {
	e := Env{Pos: f.nodePos(k), Complete: complete}
	if !isPlainScalar(v) {
		e.Complete = false
		return e
	}
	text, m := yamlScript(f, v)
	at := func(i int) Pos { return f.atOffset(m.fileOffset(i)) }
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != ',' && text[i] != '\n' {
			continue
		}
		item := text[start:i]
		itemStart := start
		start = i + 1
		trimmed := strings.TrimLeft(item, " \t")
		itemStart += len(item) - len(trimmed)
		item = strings.TrimRight(trimmed, " \t\r")
		if item == "" || strings.HasPrefix(item, "#") {
			continue
		}
		name, val, ok := strings.Cut(item, "=")
		if !ok || strings.Contains(name, "${{") || strings.ContainsAny(name, "\\\"'") {
			e.Complete = false // an escaped or quoted separator: not read
			continue
		}
		ev := &EnvVar{Name: name, Pos: at(itemStart)}
		ev.Value = Value[string]{State: Known, V: val, Text: val, Pos: at(itemStart + len(name) + 1), Key: ev.Pos}
		if strings.Contains(val, "${{") || strings.ContainsAny(val, "\\\"'") {
			ev.Value.State, ev.Value.V = Unknown, ""
		}
		e.Vars = append(e.Vars, ev)
	}
	return e
}
