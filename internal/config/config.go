// Package config reads fnlint's configuration file, fnlint.toml, the
// one configuration every driver (the command, go vet -vettool, the
// language server, the golangci-lint plugin) reads the same way.
//
// As staticcheck.conf, a fnlint.toml may sit in any directory of a
// module: the configuration of a package is that of its directory,
// built from the files found in the package's directory and its parents
// up to the module root (the directory of the nearest go.mod), the root's
// first, each file inheriting its parent's settings and overriding
// them:
//
//	# Which analyzers report here: each item applies, in order, to the
//	# parent directory's selection (every analyzer at the module root):
//	# "NAME" turns an analyzer on, "-NAME" off, "all" and "-all" every one.
//	analyzers = ["-eagerinit"]
//
//	# Files whose findings are dropped: globs relative to this file's
//	# directory; * matches within a path element, ** any number of them,
//	# and a directory matches everything below it.
//	exclude = ["testdata", "internal/legacy/**/*_gen.go"]
//
//	# Extra entry points, as -funcmodel.entry takes them: module-wide,
//	# so only in the fnlint.toml at the module root.
//	entry = ["cloudrun:example.com/fn.Handle"]
//
//	# Deployment descriptors to read besides those found (see
//	# fnlint help deploy), relative to this file's directory:
//	# module-wide, so only in the fnlint.toml at the module root.
//	deploy = ["deploy/template.yaml", "scripts/deploy.sh"]
//
//	# Analyzer options, as the command's -ANALYZER.OPTION flags.
//	[options.osexit]
//	coldstart = true
//
// A selection, an option or an exclusion applies per package, by the
// package's directory: a file's findings are dropped when the analyzer
// is off for its package, or when the file matches an exclusion of its
// directory or of a parent's. An analyzer that is off still runs where
// others need its facts; only its findings are dropped.
//
// The drivers' own settings (flags, the plugin's settings) override the
// files: an option given as a flag wins in every directory, and a
// selection given as flags (Override) applies after every file's.
package config

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// FileName is the name of the configuration file.
const FileName = "fnlint.toml"

// A Schema lists the analyzers a configuration may name, each with its
// options (its flags, without the analyzer's prefix), each with a
// function that returns why a value is not one the option takes.
type Schema map[string]map[string]func(value string) error

// A Config is the effective configuration of one directory.
type Config struct {
	// Dir is the directory, and Root its module root.
	Dir, Root string
	// Files are the configuration files read, the root's first.
	Files []string
	// Entry lists the extra entry points of the module root's file.
	Entry []string
	// Deploy lists the deployment descriptors that the module root's
	// file names, as absolute paths.
	Deploy []string
	// Options holds the options set by the files, by analyzer and
	// option name, as the flag's text; a nearer file's win.
	Options map[string]map[string]string

	off     map[string]bool // analyzers turned off
	exclude []glob
}

// Default is the configuration of a directory without files: every
// analyzer on, no option set, nothing excluded.
var Default = &Config{}

// Enabled reports whether the analyzer name reports in the directory.
func (c *Config) Enabled(name string) bool { return c == nil || !c.off[name] }

// Excluded reports whether the findings in the file at path (absolute)
// are dropped by an exclusion.
func (c *Config) Excluded(path string) bool {
	if c == nil {
		return false
	}
	for _, g := range c.exclude {
		if g.match(path) {
			return true
		}
	}
	return false
}

// Override returns the configuration with the selection ops (as a
// file's analyzers list takes them; see SelectionFlags) applied after
// the files'. c is unchanged.
func (c *Config) Override(ops []string, schema Schema) *Config {
	if len(ops) == 0 {
		return c
	}
	if c == nil {
		c = Default
	}
	n := *c
	n.off = maps.Clone(c.off)
	if n.off == nil {
		n.off = make(map[string]bool)
	}
	for _, op := range ops {
		applyOp(n.off, op, schema)
	}
	return &n
}

// Off returns the analyzers turned off, sorted.
func (c *Config) Off() []string {
	if c == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(c.off))
}

// Exclusions returns the exclusion globs, each as the directory of the
// file that declares it, a slash and the pattern.
func (c *Config) Exclusions() []string {
	if c == nil {
		return nil
	}
	var out []string
	for _, g := range c.exclude {
		out = append(out, filepath.ToSlash(g.base)+"/"+g.pattern)
	}
	return out
}

// applyOp applies one item of an analyzers list to the set of analyzers
// turned off.
func applyOp(off map[string]bool, op string, schema Schema) {
	name, disable := strings.CutPrefix(op, "-")
	if name == "all" {
		clear(off)
		if disable {
			for n := range schema {
				off[n] = true
			}
		}
		return
	}
	if disable {
		off[name] = true
	} else {
		delete(off, name)
	}
}

// An Error is a malformed configuration file: its path, the line (0
// when unknown) and what is wrong.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ModuleRoot returns the directory of the nearest go.mod at or above dir,
// or "" when there is none.
func ModuleRoot(dir string) string {
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Files returns the configuration files that apply to dir, the module
// root's first: those of dir and its parents up to the module root, or
// dir's alone outside a module.
func Files(dir string) []string {
	dir = filepath.Clean(dir)
	root := ModuleRoot(dir)
	var files []string
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, FileName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			files = append(files, p)
		}
		if root == "" || d == root || filepath.Dir(d) == d {
			break
		}
	}
	slices.Reverse(files)
	return files
}

// Load returns the configuration of the directory dir (absolute),
// from the files that apply to it (see Files), checked against schema
// when it is not nil. A malformed file is an *Error.
func Load(dir string, schema Schema) (*Config, error) {
	dir = filepath.Clean(dir)
	c := &Config{Dir: dir, Root: ModuleRoot(dir), off: make(map[string]bool), Options: make(map[string]map[string]string)}
	for _, path := range Files(dir) {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, &Error{File: path, Msg: err.Error()}
		}
		f, err := parse(path, src, schema)
		if err != nil {
			return nil, err
		}
		fdir := filepath.Dir(path)
		if f.entry != nil && c.Root != "" && fdir != c.Root {
			return nil, &Error{File: path, Line: f.entryLine, Msg: fmt.Sprintf("entry is module-wide: set it in the %s at the module root, %s", FileName, c.Root)}
		}
		if f.deploy != nil && c.Root != "" && fdir != c.Root {
			return nil, &Error{File: path, Line: f.deployLine, Msg: fmt.Sprintf("deploy is module-wide: set it in the %s at the module root, %s", FileName, c.Root)}
		}
		c.Files = append(c.Files, path)
		if f.entry != nil {
			c.Entry = f.entry
		}
		if f.deploy != nil {
			c.Deploy = nil
			for _, d := range f.deploy {
				if !filepath.IsAbs(d) {
					d = filepath.Join(fdir, d)
				}
				c.Deploy = append(c.Deploy, filepath.Clean(d))
			}
		}
		for _, op := range f.analyzers {
			applyOp(c.off, op, schema)
		}
		for _, p := range f.exclude {
			c.exclude = append(c.exclude, glob{base: fdir, pattern: p})
		}
		for a, opts := range f.options {
			if c.Options[a] == nil {
				c.Options[a] = make(map[string]string)
			}
			maps.Copy(c.Options[a], opts)
		}
	}
	return c, nil
}

// topKeys are the keys of a file outside its tables.
var topKeys = []string{"analyzers", "exclude", "entry", "deploy"}

// A file is one parsed configuration file.
type file struct {
	analyzers  []string
	exclude    []string
	entry      []string
	entryLine  int
	deploy     []string
	deployLine int
	options    map[string]map[string]string
}

// parse parses and checks the configuration file at path, whose text is
// src.
func parse(path string, src []byte, schema Schema) (*file, error) {
	var raw map[string]any
	if _, err := toml.Decode(string(src), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{File: path, Line: pe.Position.Line, Msg: pe.Message}
		}
		return nil, &Error{File: path, Msg: err.Error()}
	}
	f := &file{options: make(map[string]map[string]string)}
	bad := func(key []string, format string, args ...any) error {
		return &Error{File: path, Line: lineOf(src, key...), Msg: fmt.Sprintf(format, args...)}
	}
	for _, key := range slices.Sorted(maps.Keys(raw)) {
		v := raw[key]
		switch key {
		case "analyzers", "exclude", "entry", "deploy":
			list, ok := stringList(v)
			if !ok {
				return nil, bad([]string{key}, "%s must be a list of strings", key)
			}
			switch key {
			case "analyzers":
				for _, op := range list {
					name := strings.TrimPrefix(op, "-")
					if name != "all" && schema != nil && schema[name] == nil {
						return nil, bad([]string{key}, "unknown analyzer %q (known: all, %s)", name, strings.Join(slices.Sorted(maps.Keys(schema)), ", "))
					}
				}
				f.analyzers = list
			case "exclude":
				for _, p := range list {
					if err := checkGlob(p); err != nil {
						return nil, bad([]string{key}, "exclude %q: %v", p, err)
					}
				}
				f.exclude = list
			case "entry":
				f.entry, f.entryLine = list, lineOf(src, key)
				if f.entry == nil {
					f.entry = []string{}
				}
			case "deploy":
				f.deploy, f.deployLine = list, lineOf(src, key)
				if f.deploy == nil {
					f.deploy = []string{}
				}
			}
		case "options":
			tables, ok := v.(map[string]any)
			if !ok {
				return nil, bad([]string{key}, "options must be a table of analyzers, as [options.osexit]")
			}
			for _, a := range slices.Sorted(maps.Keys(tables)) {
				opts, ok := tables[a].(map[string]any)
				if !ok {
					return nil, bad([]string{"options", a}, "options.%s must be a table of options, as [options.%s]", a, a)
				}
				if schema != nil {
					if _, known := schema[a]; !known {
						return nil, bad([]string{"options", a}, "options for unknown analyzer %q (known: %s)", a, strings.Join(slices.Sorted(maps.Keys(schema)), ", "))
					}
				}
				f.options[a] = make(map[string]string)
				for _, o := range slices.Sorted(maps.Keys(opts)) {
					check, known := schema[a][o]
					if schema != nil && !known {
						names := "none"
						if len(schema[a]) > 0 {
							names = strings.Join(slices.Sorted(maps.Keys(schema[a])), ", ")
						}
						hint := ""
						if slices.Contains(topKeys, o) {
							hint = fmt.Sprintf("; %s after [options.%s] belongs to that table: give top-level keys before the first table", o, a)
						}
						return nil, bad([]string{"options", a, o}, "unknown option %s.%s (options of %s: %s)%s", a, o, a, names, hint)
					}
					var text string
					switch ov := opts[o].(type) {
					case map[string]any, []any:
						return nil, bad([]string{"options", a, o}, "option %s.%s must be a string, number or boolean", a, o)
					case time.Time: // a TOML date, as runtimeversion.today takes it
						text = ov.Format(time.DateOnly)
					default:
						text = fmt.Sprint(ov)
					}
					if check != nil {
						if err := check(text); err != nil {
							return nil, bad([]string{"options", a, o}, "option %s.%s: %v", a, o, err)
						}
					}
					f.options[a][o] = text
				}
			}
		default:
			return nil, bad([]string{key}, "unknown key %q (known: analyzers, exclude, entry, deploy, options)", key)
		}
	}
	return f, nil
}

// stringList returns v as a list of strings.
func stringList(v any) ([]string, bool) {
	items, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// lineOf returns the line of src on which the key path (as
// ["options", "osexit", "panic"]) is given, as a key under the table
// it is in ("panic = true" under "[options.osexit]", or
// "osexit.panic = true" under "[options]") or as a table header, or 0.
// The TOML decoder reports positions of syntax errors only; this gives
// the others a line too.
func lineOf(src []byte, path ...string) int {
	split := func(s string) []string {
		var parts []string
		for _, p := range strings.Split(s, ".") {
			parts = append(parts, strings.Trim(strings.TrimSpace(p), `"'`))
		}
		return parts
	}
	var table []string
	for i, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") {
			table = split(strings.Trim(strings.TrimSpace(strings.SplitN(t, "#", 2)[0]), "[] "))
			if slices.Equal(table, path) {
				return i + 1
			}
			continue
		}
		name, _, ok := strings.Cut(t, "=")
		if !ok || strings.HasPrefix(t, "#") {
			continue
		}
		full := append(slices.Clone(table), split(name)...)
		if len(full) >= len(path) && slices.Equal(full[:len(path)], path) {
			return i + 1
		}
	}
	return 0
}

// Describe returns the configuration as the text of a fnlint.toml that
// gives it, with comments naming the files read: what fnlint config
// prints.
func (c *Config) Describe(schema Schema) string {
	var w strings.Builder
	fmt.Fprintf(&w, "# effective configuration of %s\n", c.Dir)
	if len(c.Files) == 0 {
		fmt.Fprintf(&w, "# no %s applies: the defaults\n", FileName)
	}
	for _, f := range c.Files {
		fmt.Fprintf(&w, "# from %s\n", f)
	}
	var on []string
	for _, n := range slices.Sorted(maps.Keys(schema)) {
		if c.Enabled(n) {
			on = append(on, n)
		}
	}
	fmt.Fprintf(&w, "analyzers = %s\n", tomlList(append([]string{"-all"}, on...)))
	fmt.Fprintf(&w, "exclude = %s\n", tomlList(c.Exclusions()))
	fmt.Fprintf(&w, "entry = %s\n", tomlList(c.Entry))
	if len(c.Deploy) > 0 {
		fmt.Fprintf(&w, "deploy = %s\n", tomlList(c.Deploy))
	}
	for _, a := range slices.Sorted(maps.Keys(c.Options)) {
		if len(c.Options[a]) == 0 {
			continue
		}
		fmt.Fprintf(&w, "\n[options.%s]\n", a)
		for _, o := range slices.Sorted(maps.Keys(c.Options[a])) {
			fmt.Fprintf(&w, "%s = %q\n", o, c.Options[a][o])
		}
	}
	return w.String()
}

// tomlList writes a list of strings as TOML.
func tomlList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// Key returns a text that differs between configurations that differ:
// a cache of findings keys them with it.
func (c *Config) Key() string {
	if c == nil {
		c = Default
	}
	return fmt.Sprintf("off %q exclude %q entry %q deploy %q options %v", c.Off(), c.Exclusions(), c.Entry, c.Deploy, c.Options)
}

// WithOptions returns the configuration with the options given (by
// analyzer and option) set over the files': a driver's flags. c is
// unchanged.
func (c *Config) WithOptions(options map[string]map[string]string) *Config {
	if c == nil {
		c = Default
	}
	n := *c
	n.Options = make(map[string]map[string]string)
	for a, opts := range c.Options {
		n.Options[a] = maps.Clone(opts)
	}
	for a, opts := range options {
		if n.Options[a] == nil {
			n.Options[a] = make(map[string]string)
		}
		maps.Copy(n.Options[a], opts)
	}
	return &n
}
