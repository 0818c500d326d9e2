package deploy

import (
	"os"
	"path"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// gcloudGlobalFlags take a value as the next word when written without
// "=", before the command group.
var gcloudGlobalFlags = map[string]bool{
	"--project": true, "--account": true, "--configuration": true, "--region": true,
	"--impersonate-service-account": true, "--format": true, "--verbosity": true,
	"--billing-project": true, "--flags-file": true, "--trace-token": true,
}

// gcloudBoolFlags take no value; any other flag written without "=" takes
// the next word as its value.
var gcloudBoolFlags = map[string]bool{
	"--trigger-http": true, "--gen2": true, "--no-gen2": true,
	"--allow-unauthenticated": true, "--no-allow-unauthenticated": true,
	"--retry": true, "--no-retry": true, "--quiet": true, "-q": true,
	"--clear-env-vars": true, "--clear-build-env-vars": true, "--clear-secrets": true,
	"--clear-labels": true, "--clear-max-instances": true, "--clear-min-instances": true,
	"--clear-vpc-connector": true, "--clear-docker-repository": true, "--clear-kms-key": true,
	"--async": true, "--no-cpu-throttling": true, "--cpu-throttling": true,
	"--cpu-boost": true, "--no-cpu-boost": true, "--use-http2": true, "--no-use-http2": true,
	"--no-traffic": true, "--no-user-output-enabled": true, "--user-output-enabled": true,
	"--log-http": true, "--source-only": true, "--no-invoker-iam-check": true,
	"--invoker-iam-check": true, "--default-url": true, "--no-default-url": true,
	"--automatic-updates": true, "--no-automatic-updates": true, "--help": true, "-h": true,
}

// flag is one --name[=value] of a command line.
type flag struct {
	name  string
	key   word
	value *word // nil for a boolean flag
}

// gcloudFunction reads `gcloud [beta|alpha] functions deploy NAME ...` or
// `gcloud run deploy NAME --function X ...` from a command's words, or
// returns nil.
func gcloudFunction(f *srcFile, format Format, words []word, at Pos, cwd *cwdState) *Function {
	if len(words) == 0 || !words[0].known || path.Base(words[0].text) != "gcloud" {
		return nil
	}
	// The positional words before the command's own flags.
	var pos []word
	i := 1
	for ; i < len(words); i++ {
		w := words[i]
		if w.known && strings.HasPrefix(w.text, "-") {
			name, _, hasValue := strings.Cut(w.text, "=")
			if !hasValue && gcloudGlobalFlags[name] {
				i++
			}
			continue
		}
		pos = append(pos, w)
		if len(pos) >= 2 && pos[len(pos)-1].known && pos[len(pos)-1].text == "deploy" {
			i++
			break
		}
	}
	if len(pos) > 0 && pos[0].known && (pos[0].text == "beta" || pos[0].text == "alpha") {
		pos = pos[1:]
	}
	if len(pos) != 2 || !pos[1].known || pos[1].text != "deploy" || !pos[0].known {
		return nil
	}
	group := pos[0].text
	if group != "functions" && group != "run" {
		return nil
	}

	// NAME and the flags.
	var name *word
	var flags []flag
	// dynamic is the first word that may expand to flags of any name
	// ("$@", $(ARGS), --$GEN2): a setting it could set is not Absent.
	var dynamic *word
	for ; i < len(words); i++ {
		w := words[i]
		if !strings.HasPrefix(w.text, "-") {
			if name == nil && len(flags) == 0 {
				n := w
				name = &n
			} else if !w.known && dynamic == nil {
				dynamic = &words[i]
			}
			continue
		}
		fl := flag{key: w}
		if k, v, ok := strings.Cut(w.text, "="); ok {
			fl.name = k
			val := w
			val.text = v
			val.pos = w.at(f, len(k)+1)
			if !w.known {
				eq := strings.Index(w.raw, "=") + 1
				val.raw = w.raw[eq:]
				val.rawPos = w.rawAt(f, eq)
			} else {
				val.raw = v
				val.rawPos, val.rawDirect = val.pos, val.direct
			}
			fl.value = &val
		} else {
			fl.name = w.text
			if !w.known {
				if dynamic == nil {
					dynamic = &words[i]
				}
				continue // a flag name that is not literal
			}
			if !gcloudBoolFlags[w.text] && i+1 < len(words) && (!words[i+1].known || !strings.HasPrefix(words[i+1].text, "-")) {
				val := words[i+1]
				fl.value = &val
				i++
			}
		}
		flags = append(flags, fl)
	}
	get := func(name string) *flag {
		var found *flag
		for i := range flags {
			if flags[i].name == name {
				found = &flags[i] // the last one wins, as in gcloud
			}
		}
		return found
	}
	if group == "run" && get("--function") == nil {
		return nil // a Cloud Run service, not a function
	}

	fn := &Function{Format: format, Pos: at, Platform: CloudRunFunctions}
	if name != nil {
		fn.ID = name.raw
		fn.Name = flagValue(f, &flag{key: *name, value: name})
		fn.Name.Key = name.pos
	}
	str := func(n string) Value[string] { return flagValue(f, get(n)) }
	if group == "run" {
		fn.Kind = KindGcloudRun
		fn.Generation = Value[int]{State: Known, V: 2, Text: "run", Pos: pos[0].pos, Key: pos[0].pos}
		fn.Entry.EntryPoint = str("--function")
		img := str("--base-image")
		fn.Runtime = mapValue(img, func(s string) (string, bool) { return path.Base(s), s != "" })
		fn.Events = append(fn.Events, &Event{Trigger: TriggerHTTP, Kind: KindGcloudRun, Pos: at})
	} else {
		fn.Kind = KindGcloudFunctions
		if g := get("--gen2"); g != nil {
			fn.Generation = Value[int]{State: Known, V: 2, Text: "--gen2", Pos: g.key.pos, Key: g.key.pos}
		} else if g := get("--no-gen2"); g != nil {
			fn.Generation = Value[int]{State: Known, V: 1, Text: "--no-gen2", Pos: g.key.pos, Key: g.key.pos}
		}
		fn.Entry.EntryPoint = str("--entry-point")
		fn.Runtime = str("--runtime")
		fn.Events = gcloudTriggers(f, flags)
	}
	fn.Entry.Source = str("--source")
	src := fn.Entry.Source
	if src.IsAbsent() {
		src = Value[string]{State: Known, V: "."}
	}
	if cwd != nil && cwd.unknown {
		src.State = Unknown
	}
	var bases []string
	if cwd != nil {
		bases = cwd.bases
	}
	fn.Entry.Dir = resolveDir(src, bases...)
	if fn.Entry.Source.IsAbsent() {
		fn.Entry.Dir.Pos, fn.Entry.Dir.Key = Pos{}, Pos{}
	}
	fn.Concurrency = toInt(str("--concurrency"))
	fn.Timeout = mapValue(str("--timeout"), parseGCPDuration)
	fn.MemoryMB = mapValue(str("--memory"), parseMemoryMB)
	fn.Env = gcloudEnv(f, get, bases)
	if dynamic != nil {
		maybeSet(fn, dynamic)
	}
	return fn
}

// maybeSet marks the settings a command does not write as Unknown, when a
// word of it may expand to flags.
func maybeSet(fn *Function, w *word) {
	set := func(text *string, pos *Pos, st *State) {
		if *st == Absent {
			*st, *text, *pos = Unknown, w.raw, w.rawPos
		}
	}
	set(&fn.Generation.Text, &fn.Generation.Pos, &fn.Generation.State)
	set(&fn.Runtime.Text, &fn.Runtime.Pos, &fn.Runtime.State)
	set(&fn.Entry.EntryPoint.Text, &fn.Entry.EntryPoint.Pos, &fn.Entry.EntryPoint.State)
	set(&fn.Concurrency.Text, &fn.Concurrency.Pos, &fn.Concurrency.State)
	set(&fn.Timeout.Text, &fn.Timeout.Pos, &fn.Timeout.State)
	set(&fn.MemoryMB.Text, &fn.MemoryMB.Pos, &fn.MemoryMB.State)
	if fn.Entry.Source.IsAbsent() {
		set(&fn.Entry.Source.Text, &fn.Entry.Source.Pos, &fn.Entry.Source.State)
		fn.Entry.Dir = Value[string]{State: Unknown, Text: w.raw, Pos: w.rawPos}
	}
	fn.Env.Complete = false
}

// flagValue reads a flag's value.
func flagValue(f *srcFile, fl *flag) Value[string] {
	if fl == nil {
		return Value[string]{}
	}
	out := Value[string]{Key: fl.key.pos}
	if fl.value == nil {
		out.State = Unknown // a value flag at the end of the line
		return out
	}
	v := fl.value
	out.Pos, out.Text = v.pos, v.raw
	if v.known {
		out.State, out.V, out.Text = Known, v.text, v.text
	} else {
		out.State = Unknown
	}
	return out
}

// gcloudTriggers reads gcloud functions deploy's --trigger-* flags.
func gcloudTriggers(f *srcFile, flags []flag) []*Event {
	var evs []*Event
	for i := range flags {
		fl := &flags[i]
		ev := &Event{Kind: fl.name, Pos: fl.key.pos}
		switch fl.name {
		case "--trigger-http":
			ev.Trigger = TriggerHTTP
		case "--trigger-topic":
			ev.Trigger = TriggerPubSub
			ev.Source = flagValue(f, fl)
		case "--trigger-bucket":
			ev.Trigger = TriggerStorage
			ev.Source = flagValue(f, fl)
		case "--trigger-event":
			ev.Trigger = gcfEventTrigger(flagValue(f, fl))
			for j := range flags {
				if flags[j].name == "--trigger-resource" {
					ev.Source = flagValue(f, &flags[j])
				}
			}
		case "--trigger-event-filters":
			v := flagValue(f, fl)
			typ := mapValue(v, func(s string) (string, bool) {
				for _, kv := range strings.Split(s, ",") {
					if k, val, ok := strings.Cut(kv, "="); ok && k == "type" {
						return val, true
					}
				}
				return "", false
			})
			ev.Trigger = gcfEventTrigger(typ)
			if ev.Trigger == TriggerUnknown && v.IsKnown() {
				ev.Trigger = TriggerEvent
			}
		default:
			continue
		}
		evs = append(evs, ev)
	}
	return evs
}

// gcloudEnv reads --set-env-vars / --update-env-vars / --clear-env-vars /
// --env-vars-file. Without --set-env-vars or --clear-env-vars the set is
// incomplete: gcloud keeps an existing function's variables.
func gcloudEnv(f *srcFile, get func(string) *flag, bases []string) Env {
	var e Env
	set, update, clear, file := get("--set-env-vars"), get("--update-env-vars"), get("--clear-env-vars"), get("--env-vars-file")
	switch {
	case set != nil:
		e.Complete = true
		e.Pos = set.key.pos
		readEnvList(f, set, &e)
	case file != nil:
		e.Pos = file.key.pos
		readEnvFile(flagValue(f, file), bases, &e)
	case clear != nil:
		e.Complete = update == nil
		e.Pos = clear.key.pos
	}
	if update != nil {
		e.Complete = false
		if !e.Pos.IsValid() {
			e.Pos = update.key.pos
		}
		readEnvList(f, update, &e)
	}
	return e
}

// readEnvList reads K=V,K2=V2 (or gcloud's ^DELIM^K=V...) into e. When
// the word is not all literal, its source text is split instead: a name
// holding no substitution is known, a value holding one is Unknown.
func readEnvList(f *srcFile, fl *flag, e *Env) {
	if fl.value == nil {
		e.Complete = false
		return
	}
	v := fl.value
	text := v.text
	at := func(i int) Pos { return v.at(f, i) }
	if !v.known {
		text = v.raw
		skip := 0
		if strings.HasPrefix(text, `"`) || strings.HasPrefix(text, `'`) {
			text, skip = text[1:], 1
		}
		text = strings.TrimSuffix(strings.TrimSuffix(text, `"`), `'`)
		at = func(i int) Pos { return v.rawAt(f, skip+i) }
	}
	start := 0
	delim := ","
	if strings.HasPrefix(text, "^") {
		if j := strings.Index(text[1:], "^"); j >= 0 {
			delim = text[1 : j+1]
			start = j + 2
		}
	}
	off := start
	for _, item := range strings.Split(text[start:], delim) {
		itemStart := off
		off += len(item) + len(delim)
		k, val, ok := strings.Cut(item, "=")
		if !ok || k == "" || strings.ContainsAny(k, "$`") {
			if item != "" {
				e.Complete = false
			}
			continue
		}
		ev := &EnvVar{Name: k, Pos: at(itemStart)}
		ev.Value = Value[string]{State: Known, V: val, Text: val, Pos: at(itemStart + len(k) + 1), Key: ev.Pos}
		if strings.ContainsAny(val, "$`") {
			ev.Value.State, ev.Value.V = Unknown, ""
		}
		if old := e.Lookup(k); old != nil {
			*old = *ev
			continue
		}
		e.Vars = append(e.Vars, ev)
	}
}

// readEnvFile reads --env-vars-file: a YAML mapping of names to values,
// found relative to the directory the command runs in. The set is
// complete when the file is read and every name is a plain string.
func readEnvFile(name Value[string], bases []string, e *Env) {
	n, ok := name.Get()
	if !ok {
		return
	}
	for _, base := range bases {
		p := n
		if !filepath.IsAbs(p) {
			if base == "" {
				continue
			}
			p = filepath.Join(base, filepath.FromSlash(n))
		}
		data, err := os.ReadFile(p)
		if err != nil || len(data) > maxFileBytes {
			continue
		}
		ef := newSrcFile(p, data)
		root, perr := parseYAML(ef)
		if perr != nil || root == nil || root.Kind != yaml.MappingNode {
			return
		}
		e.Complete = true
		pairs(root, func(k, v *yaml.Node) {
			if !isPlainScalar(k) {
				e.Complete = false
				return
			}
			ev := &EnvVar{Name: k.Value, Pos: ef.nodePos(k), Value: ef.cfnString(k, v)}
			e.Vars = append(e.Vars, ev)
		})
		return
	}
}
