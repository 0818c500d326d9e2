package funcmodel

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// flags holds the options of an instance of the model: New binds its
// flags to the fields.
type flags struct {
	entry      entryFlag
	deploy     deployFlag // deployment descriptors named by the driver
	deps       bool       // also model dependencies and the standard library
	everything bool       // every declared function is an entry point
}

// Options returns the values that the flags of a, an instance of the
// model analyzer built by New, hold: the -entry functions, and whether
// -deps models dependencies too. Drivers read them to check the entries
// against the loaded packages and to load dependencies from source.
func Options(a *analysis.Analyzer) (entries []string, deps bool) {
	fl := a.Flags.Lookup("entry").Value.(entryValue).fl
	return fl.entry, fl.deps
}

// DeployFiles returns the deployment descriptors that the -deploy flag
// of a, an instance of the model analyzer built by New, names, as
// absolute paths.
func DeployFiles(a *analysis.Analyzer) []string {
	return a.Flags.Lookup("deploy").Value.(deployValue).fl.deploy
}

// deployValue is the -deploy flag's value, bound to an instance's flags
// as entryValue is.
type deployValue struct{ fl *flags }

func (v deployValue) String() string {
	if v.fl == nil {
		return ""
	}
	return strings.Join(v.fl.deploy, ",")
}

func (v deployValue) Set(s string) error { return v.fl.deploy.Set(s) }

// deployFlag is the -deploy flag: a comma-separated list of files,
// each made absolute against the working directory when the flag is
// set (under go vet, which runs the tool in each package's directory,
// give absolute paths, or name them in fnlint.toml).
type deployFlag []string

func (l *deployFlag) Set(s string) error {
	var list []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		abs, err := filepath.Abs(v)
		if err != nil {
			return fmt.Errorf("-deploy %s: %w", v, err)
		}
		list = append(list, abs)
	}
	*l = list
	return nil
}

// entryValue is the -entry flag's value: it sets the entries of an
// instance's flags, through which Options finds the others.
type entryValue struct{ fl *flags }

func (v entryValue) String() string {
	if v.fl == nil { // the flag package's zero value, for -help
		return ""
	}
	return v.fl.entry.String()
}

func (v entryValue) Set(s string) error { return v.fl.entry.Set(s) }

// entryFlag is the -entry flag: a comma-separated list of functions and
// methods, each as importpath.Func or importpath.Type.Method, optionally
// preceded by the platform that invokes it, lambda: or cloudrun: (see
// splitEntry). Set rejects a value of another shape; whether the
// function exists only the loaded packages can tell (CheckEntries).
type entryFlag []string

func (l *entryFlag) String() string { return strings.Join(*l, ",") }
func (l *entryFlag) Set(s string) error {
	var list []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		if err := checkEntrySyntax(v); err != nil {
			return err
		}
		list = append(list, v)
	}
	*l = list
	return nil
}

// entryPlatforms are the prefixes of a -entry value that name the
// platform invoking the function. Import paths hold no colon.
var entryPlatforms = []struct {
	prefix   string
	platform Platform
}{{"lambda:", Lambda}, {"cloudrun:", CloudRun}}

// splitEntry returns the platform a -entry value names (0 when it names
// none, and the package's imports decide: see flaggedPlatform) and the
// function's name, importpath.Func or importpath.Type.Method.
func splitEntry(v string) (Platform, string) {
	for _, p := range entryPlatforms {
		if rest, ok := strings.CutPrefix(v, p.prefix); ok {
			return p.platform, rest
		}
	}
	return 0, v
}

// checkEntrySyntax reports whether v has the shape importpath.Func or
// importpath.Type.Method, with an optional platform prefix.
func checkEntrySyntax(value string) error {
	bad := func(why string) error {
		return fmt.Errorf("%q is not importpath.Func or importpath.Type.Method (%s), as in example.com/fn.Handle or lambda:example.com/fn.Handle", value, why)
	}
	_, v := splitEntry(value)
	if strings.Contains(v, ":") {
		return bad("the only prefixes are lambda: and cloudrun:")
	}
	if strings.ContainsAny(v, " \t\n\"'`()*[]") {
		return bad("it holds spaces, quotes, parentheses, brackets or stars")
	}
	slash := strings.LastIndex(v, "/")
	last := v[slash+1:]
	parts := strings.Split(last, ".")
	if len(parts) < 2 {
		return bad("no package path before the function's name")
	}
	for _, p := range parts {
		if p == "" {
			return bad("an empty element")
		}
	}
	if name := parts[len(parts)-1]; !token.IsIdentifier(name) {
		return bad(fmt.Sprintf("%q is not a Go identifier", name))
	}
	if strings.HasPrefix(v, "/") || strings.Contains(v, "//") {
		return bad("an empty path element")
	}
	return nil
}

// CheckEntries returns an error naming each of the -entry values (the
// flag's Get) that names no function or method declared in pkgs, the
// packages a driver loaded; nil when each names one.
func CheckEntries(values []string, pkgs []*types.Package) error {
	byPath := make(map[string][]*types.Package)
	for _, p := range pkgs {
		byPath[p.Path()] = append(byPath[p.Path()], p)
	}
	var problems []string
	for _, v := range values {
		if why := resolveEntry(v, byPath); why != "" {
			problems = append(problems, fmt.Sprintf("-funcmodel.entry=%s: %s", v, why))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}

// CheckLoadedEntries is CheckEntries for the entries of a configuration
// file, which name functions of the whole module: an entry of a package
// that is not among pkgs is left unchecked, so that analyzing part of
// the module is no error.
func CheckLoadedEntries(values []string, pkgs []*types.Package) error {
	loaded := make(map[string]bool)
	for _, p := range pkgs {
		loaded[p.Path()] = true
	}
	var check []string
	for _, v := range values {
		if checkEntrySyntax(v) != nil {
			check = append(check, v)
			continue
		}
		_, name := splitEntry(v)
		path := name[:strings.LastIndex(name, ".")]
		typePath := path
		if j := strings.LastIndex(path, "."); j > strings.LastIndex(path, "/") {
			typePath = path[:j]
		}
		if loaded[path] || loaded[typePath] {
			check = append(check, v)
		}
	}
	return CheckEntries(check, pkgs)
}

// resolveEntry returns why v names no function or method of the
// packages, or "" when it names one. v reads as path.Func, or as
// path.Type.Method (a path's last element may hold dots: gopkg.in/yaml.v3).
func resolveEntry(v string, byPath map[string][]*types.Package) string {
	if err := checkEntrySyntax(v); err != nil {
		return err.Error()
	}
	_, v = splitEntry(v)
	i := strings.LastIndex(v, ".")
	path, name := v[:i], v[i+1:]
	if pkgs := byPath[path]; len(pkgs) > 0 {
		for _, p := range pkgs {
			if _, ok := p.Scope().Lookup(name).(*types.Func); ok {
				return ""
			}
		}
		return fmt.Sprintf("package %s declares no function %s", path, name)
	}
	if j := strings.LastIndex(path, "."); j > strings.LastIndex(path, "/") {
		path, typ := path[:j], path[j+1:]
		if pkgs := byPath[path]; len(pkgs) > 0 {
			for _, p := range pkgs {
				if tn, ok := p.Scope().Lookup(typ).(*types.TypeName); ok {
					if named, ok := tn.Type().(*types.Named); ok {
						for m := range named.Methods() {
							if m.Name() == name {
								return ""
							}
						}
					}
				}
			}
			return fmt.Sprintf("package %s declares no method %s.%s", path, typ, name)
		}
	}
	return fmt.Sprintf("no package %s among the packages analyzed", path)
}

// flaggedPlatform returns the platform that invokes a function of a
// package, given its files (test files left out: a test's imports say
// nothing of how the package is deployed), that the -entry flag names
// without a prefix: AWS Lambda when the files import aws-lambda-go and
// no functions-framework package (a Lambda main whose handler is
// started in a way the model does not follow), Cloud Run functions
// otherwise.
func flaggedPlatform(files []*ast.File) Platform {
	lambda := false
	for _, f := range files {
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			switch {
			case strings.HasPrefix(path, knowledge.FunctionsFramework):
				return CloudRun
			case path == knowledge.LambdaModule || strings.HasPrefix(path, knowledge.LambdaModule+"/"):
				lambda = true
			}
		}
	}
	if lambda {
		return Lambda
	}
	return CloudRun
}
