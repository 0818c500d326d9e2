package deploy

import (
	"path/filepath"
	"slices"
	"strings"
)

// goBoolFlags are the go build flags that take no value; any other flag
// written without "=" takes the next word.
var goBoolFlags = map[string]bool{
	"-a": true, "-n": true, "-v": true, "-x": true, "-race": true, "-msan": true, "-asan": true,
	"-cover": true, "-work": true, "-trimpath": true, "-linkshared": true, "-json": true,
	"-buildvcs": true, "-i": true,
}

// goBuild reads `[env VAR=val ...] go build [flags] [packages]` from a
// command's words, or returns nil.
func goBuild(f *srcFile, format Format, words []word, at Pos, cwd *cwdState) *Build {
	i := 0
	if i < len(words) && words[i].known && words[i].text == "env" {
		i++
		for i < len(words) && words[i].known && strings.Contains(words[i].text, "=") && !strings.HasPrefix(words[i].text, "-") {
			i++
		}
	}
	if i+1 >= len(words) || !words[i].known || filepath.Base(words[i].text) != "go" || !words[i+1].known || words[i+1].text != "build" {
		return nil
	}
	b := &Build{Format: format, Pos: words[i].pos}
	if at.IsValid() {
		b.Pos = at
	}
	var bases []string
	unknownDir := false
	if cwd != nil {
		bases, unknownDir = cwd.bases, cwd.unknown
	}
	for i += 2; i < len(words); i++ {
		w := words[i]
		if !strings.HasPrefix(w.text, "-") {
			b.Packages = append(b.Packages, flagValue(f, &flag{key: w, value: &words[i]}))
			continue
		}
		name, val, hasValue := strings.Cut(w.text, "=")
		name = "-" + strings.TrimLeft(name, "-")
		var fl flag
		fl.key = w
		if hasValue {
			v := w
			v.text = val
			v.pos = w.at(f, len(w.text)-len(val))
			v.raw = val
			fl.value = &v
		} else if !goBoolFlags[name] && i+1 < len(words) {
			fl.value = &words[i+1]
			i++
		}
		switch name {
		case "-o":
			b.Output = flagValue(f, &fl)
		case "-C":
			dir := flagValue(f, &fl)
			if d, ok := dir.Get(); ok {
				var next []string
				for _, base := range bases {
					next = append(next, filepath.Join(base, filepath.FromSlash(d)))
				}
				bases = next
			} else {
				unknownDir = true
			}
		}
	}
	if unknownDir {
		bases = nil
	}
	bases = slices.Compact(slices.Clone(bases))
	if o, ok := b.Output.Get(); ok && (len(bases) == 1 || filepath.IsAbs(o) && len(bases) > 0) {
		p := o
		if !filepath.IsAbs(p) {
			p = filepath.Join(bases[0], filepath.FromSlash(o))
		}
		b.OutputPath = Value[string]{State: Known, V: filepath.Clean(p), Text: b.Output.Text, Pos: b.Output.Pos, Key: b.Output.Key}
	} else if !b.Output.IsAbsent() {
		b.OutputPath = Value[string]{State: Unknown, Text: b.Output.Text, Pos: b.Output.Pos, Key: b.Output.Key}
	}
	// The package's directory: the directory of the .go files, or the
	// relative package path; an import path is left Unknown.
	// A word that is not literal ($(GOFLAGS)) may be flags: the first
	// literal package decides when there is one.
	pkg := Value[string]{State: Known, V: "."}
	if len(b.Packages) > 0 {
		pkg = b.Packages[0]
		for _, p := range b.Packages {
			if p.IsKnown() {
				pkg = p
				break
			}
		}
	}
	if p, ok := pkg.Get(); ok {
		switch {
		case strings.HasSuffix(p, ".go"):
			pkg.V = filepath.ToSlash(filepath.Dir(filepath.FromSlash(p)))
		case p == "." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || filepath.IsAbs(p):
			pkg.V = strings.TrimSuffix(p, "/...")
		default:
			pkg.State = Unknown
		}
	}
	b.Dir = resolveDir(pkg, bases...)
	if len(b.Packages) == 0 {
		b.Dir.Pos, b.Dir.Key = Pos{}, Pos{}
	}
	return b
}

// linkBuilds sets the Dir of Lambda functions whose Binary a `go build
// -o` line of the repository builds: Known when every such line builds it
// from the same directory.
func linkBuilds(set *Set) {
	linkMakefileBuilds(set)
	for _, fn := range set.Functions {
		bin, ok := fn.Entry.Binary.Get()
		if !ok || !fn.Entry.Dir.IsAbsent() {
			continue
		}
		var found *Build
		for _, b := range set.Builds {
			if out, ok := b.OutputPath.Get(); !ok || out != bin {
				continue
			}
			if found != nil && (found.Dir.State != b.Dir.State || found.Dir.V != b.Dir.V) {
				fn.Entry.Dir = Value[string]{State: Unknown, Text: fn.Entry.Binary.Text}
				found = nil
				break
			}
			found = b
		}
		if found != nil {
			fn.Entry.Dir = found.Dir
		}
	}
}

// linkMakefileBuilds sets the Dir of SAM functions built with BuildMethod
// makefile: `sam build` runs the rule build-<LogicalID> of the Makefile in
// CodeUri's directory, and the package its go build names is the
// function's code. Known when the rule's go build lines agree.
func linkMakefileBuilds(set *Set) {
	for _, fn := range set.Functions {
		method, ok := fn.Entry.BuildMethod.Get()
		codeDir, ok2 := fn.Entry.Dir.Get()
		if !ok || !ok2 || method != "makefile" {
			continue
		}
		var found *Build
		for _, b := range set.Builds {
			if b.Format != FormatMakefile || b.Target != "build-"+fn.ID || filepath.Dir(b.Pos.File) != codeDir {
				continue
			}
			if found != nil && (found.Dir.State != b.Dir.State || found.Dir.V != b.Dir.V) {
				fn.Entry.Dir = Value[string]{State: Unknown, Text: fn.Entry.Dir.Text, Pos: fn.Entry.Dir.Pos, Key: fn.Entry.Dir.Key}
				found = nil
				break
			}
			found = b
		}
		if found != nil {
			fn.Entry.Dir = found.Dir
		}
	}
}
