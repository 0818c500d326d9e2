package deploy

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Bounds of discovery: deployment files are small and near the module's
// root; a walk that goes past these is reading something else.
const (
	maxWalkDepth   = 8        // directories below the module root
	maxWalkEntries = 20000    // directory entries visited walking down
	sniffBytes     = 64 << 10 // bytes read to tell a template from other YAML/JSON
	maxFileBytes   = 4 << 20  // larger files are not read
)

// Find discovers the deployment files of the module rooted at moduleRoot
// and reads them. It looks in the module's directory tree (skipping
// vendor, node_modules, testdata and hidden directories, bounded in depth
// and size) and in each directory from the module root up to the
// repository root (the nearest directory holding .git; when there is
// none, the module's own tree only), at those directories' own files and
// their .github/workflows. See Discover for which files count.
func Find(moduleRoot string) *Set {
	files := Discover(moduleRoot)
	l := newLoader()
	for _, file := range files {
		l.add(file, true)
	}
	return l.finish()
}

// Load reads the deployment files named. Each file's kind is told by its
// name (see Discover); a YAML or JSON file that is neither serverless.yml,
// cloudbuild.yaml nor a workflow is read as a CloudFormation template
// without sniffing its contents. A directory named stands for the
// deployment files Discover finds in its tree (sniffed as Discover does).
func Load(files []string) *Set {
	l := newLoader()
	for _, file := range files {
		l.add(file, false)
	}
	return l.finish()
}

// Discover returns the deployment files Find reads, as absolute paths in
// a stable order: template.yaml/.yml/.json and any other *.yaml, *.yml,
// *.json or *.template that holds AWSTemplateFormatVersion,
// AWS::Serverless or AWS::Lambda:: in its first 64 KiB;
// serverless.yml/.yaml; *.tf; Makefile, makefile, GNUmakefile and *.mk,
// *.sh and *.bash, cloudbuild*.yaml/.yml and .github/workflows/*.yml/.yaml
// that mention gcloud or a build in their first 64 KiB.
func Discover(moduleRoot string) []string {
	root, err := filepath.Abs(moduleRoot)
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	consider := func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		if wanted(path) {
			out = append(out, path)
		}
	}

	walkDown(root, consider)

	// Up to the repository root. Outside any repository only the module's
	// own tree counts: the directories above a module in no repository
	// (a temporary directory, a home directory) are not its deployment.
	top := repoRoot(root)
	for dir := root; top != ""; {
		if dir != root {
			if ents, err := os.ReadDir(dir); err == nil {
				for _, e := range ents {
					if e.Type().IsRegular() {
						consider(filepath.Join(dir, e.Name()))
					}
				}
			}
			workflows(filepath.Join(dir, ".github"), consider)
		}
		if dir == top {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	sort.Strings(out)
	return out
}

// walkDown calls consider for each regular file of the tree under root,
// skipping vendor, node_modules, testdata, cdk.out, hidden and _
// directories (a .github directory's workflows excepted), bounded in depth
// and in entries.
func walkDown(root string, consider func(string)) {
	entries := 0
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		entries++
		if entries > maxWalkEntries {
			return filepath.SkipAll
		}
		if d.IsDir() {
			if path == root {
				return nil
			}
			name := d.Name()
			rel, _ := filepath.Rel(root, path)
			if name == ".github" {
				workflows(path, consider)
				return filepath.SkipDir
			}
			if name == "vendor" || name == "node_modules" || name == "testdata" || name == "cdk.out" ||
				strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				strings.Count(filepath.ToSlash(rel), "/") >= maxWalkDepth {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			consider(path)
		}
		return nil
	})
}

func workflows(githubDir string, consider func(string)) {
	ents, err := os.ReadDir(filepath.Join(githubDir, "workflows"))
	if err != nil {
		return
	}
	for _, e := range ents {
		if e.Type().IsRegular() {
			consider(filepath.Join(githubDir, "workflows", e.Name()))
		}
	}
}

// isRepoRoot reports whether dir holds .git (a directory, or a file in a
// worktree or submodule).
func isRepoRoot(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, ".git"))
	return err == nil
}

// repoRoot returns the nearest directory at or above dir holding .git, or
// "" when there is none.
func repoRoot(dir string) string {
	for {
		if isRepoRoot(dir) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// kindOf tells a file's format from its path alone; FormatUnknown for a
// file whose name says nothing (a YAML or JSON file that may be a
// template).
func kindOf(path string) (f Format, maybeTemplate bool) {
	base := filepath.Base(path)
	lower := strings.ToLower(base)
	ext := filepath.Ext(lower)
	slash := filepath.ToSlash(path)
	switch {
	case ext == ".tf":
		return FormatTerraform, false
	case lower == "serverless.yml" || lower == "serverless.yaml":
		return FormatServerless, false
	case base == "Makefile" || base == "makefile" || base == "GNUmakefile" || ext == ".mk":
		return FormatMakefile, false
	case ext == ".sh" || ext == ".bash":
		return FormatShell, false
	case strings.HasPrefix(lower, "cloudbuild") && (ext == ".yaml" || ext == ".yml"):
		return FormatCloudBuild, false
	case strings.Contains(slash, "/.github/workflows/") && (ext == ".yaml" || ext == ".yml"):
		return FormatWorkflow, false
	case ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template":
		return FormatCloudFormation, true
	}
	return FormatUnknown, false
}

// wanted reports whether a discovered file is read: by name, and for
// files whose name may hold anything, by a look at their first bytes.
func wanted(path string) bool {
	format, maybe := kindOf(path)
	base := strings.ToLower(filepath.Base(path))
	switch format {
	case FormatUnknown:
		return false
	case FormatTerraform, FormatServerless:
		return true
	case FormatCloudFormation:
		if base == "template.yaml" || base == "template.yml" || base == "template.json" {
			return true
		}
		if !maybe {
			return true
		}
		head := readHead(path)
		return bytes.Contains(head, []byte("AWSTemplateFormatVersion")) ||
			bytes.Contains(head, []byte("AWS::Serverless")) ||
			bytes.Contains(head, []byte("AWS::Lambda::"))
	}
	// Command lines: only files that mention gcloud or go build (or, for
	// a workflow, the deploy-cloud-functions action).
	head := readHead(path)
	return mentionsCommand(head) || format == FormatWorkflow && bytes.Contains(head, []byte(deployAction))
}

// mentionsCommand reports whether a text may hold a command line this
// package reads: gcloud, or a go build.
func mentionsCommand(b []byte) bool {
	return bytes.Contains(b, []byte("gcloud")) || bytes.Contains(b, []byte(" build"))
}

func readHead(path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer func() { _ = f.Close() }() // read only
	buf := make([]byte, sniffBytes)
	n, _ := io.ReadFull(f, buf)
	return buf[:n]
}

// loader reads files into a Set.
type loader struct {
	set   *Set
	seen  map[string]bool
	tf    map[string][]*srcFile // Terraform files by directory: one module
	tfDir []string
}

func newLoader() *loader {
	return &loader{set: &Set{}, seen: map[string]bool{}, tf: map[string][]*srcFile{}}
}

func (l *loader) errorf(path string, msg string) {
	l.set.Errors = append(l.set.Errors, &Error{Pos: Pos{File: path}, Msg: msg})
}

func (l *loader) add(path string, discovered bool) {
	abs, err := filepath.Abs(path)
	if err == nil {
		path = abs
	}
	if l.seen[path] {
		return
	}
	l.seen[path] = true
	format, _ := kindOf(path)
	info, err := os.Stat(path)
	if err != nil {
		l.errorf(path, err.Error())
		return
	}
	if info.IsDir() {
		// A directory named: the deployment files Discover would find in
		// its tree.
		var files []string
		walkDown(path, func(file string) {
			if wanted(file) {
				files = append(files, file)
			}
		})
		sort.Strings(files)
		for _, file := range files {
			l.add(file, true)
		}
		return
	}
	if info.Size() > maxFileBytes {
		if !discovered {
			l.errorf(path, "file too large to be a deployment file")
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		l.errorf(path, err.Error())
		return
	}
	if format == FormatUnknown {
		if bytes.HasPrefix(data, []byte("#!")) && bytes.Contains(firstLine(data), []byte("sh")) {
			format = FormatShell
		} else {
			l.errorf(path, "unrecognized deployment file (want a SAM/CloudFormation template, serverless.yml, *.tf, a Makefile, a shell script, cloudbuild.yaml or a GitHub workflow)")
			return
		}
	}
	l.set.Files = append(l.set.Files, path)
	f := newSrcFile(path, data)
	switch format {
	case FormatTerraform:
		dir := filepath.Dir(path)
		if _, ok := l.tf[dir]; !ok {
			l.tfDir = append(l.tfDir, dir)
		}
		l.tf[dir] = append(l.tf[dir], f)
	case FormatCloudFormation:
		l.collect(parseCloudFormation(f, discovered))
	case FormatServerless:
		l.collect(parseServerless(f))
	default:
		l.collect(parseCommands(f, format, repoRootFor(path)))
	}
}

func firstLine(data []byte) []byte {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return data[:i]
	}
	return data
}

// repoRootFor returns the repository root of a file, or its directory.
func repoRootFor(path string) string {
	dir := filepath.Dir(path)
	if r := repoRoot(dir); r != "" {
		return r
	}
	return dir
}

// result is what one parser found.
type result struct {
	functions []*Function
	mappings  []*Event
	errors    []*Error
	builds    []*Build
}

func (l *loader) collect(r result) {
	l.set.Functions = append(l.set.Functions, r.functions...)
	l.set.Mappings = append(l.set.Mappings, r.mappings...)
	l.set.Errors = append(l.set.Errors, r.errors...)
	l.set.Builds = append(l.set.Builds, r.builds...)
}

func (l *loader) finish() *Set {
	for _, dir := range l.tfDir {
		l.collect(parseTerraform(l.tf[dir]))
	}
	linkBuilds(l.set)
	return l.set
}

// resolveDir resolves src (as written) against the directories the
// command may run in: Known when the directory exists under exactly one of
// them, or when, of several, exactly one holds .go files (a Go function's
// source directory does); Unknown otherwise.
func resolveDir(src Value[string], bases ...string) Value[string] {
	out := Value[string]{State: src.State, Text: src.Text, Pos: src.Pos, Key: src.Key, Inherited: src.Inherited}
	if src.State != Known {
		return out
	}
	p := src.V
	out.State = Unknown
	if strings.Contains(p, "://") {
		return out
	}
	var found []string
	for _, base := range bases {
		d := filepath.FromSlash(p)
		if !filepath.IsAbs(d) {
			if base == "" {
				continue
			}
			d = filepath.Join(base, d)
		}
		d = filepath.Clean(d)
		if st, err := os.Stat(d); err == nil && st.IsDir() && !slices.Contains(found, d) {
			found = append(found, d)
		}
	}
	if len(found) > 1 {
		found = slices.DeleteFunc(found, func(d string) bool { return !hasGoFiles(d) })
	}
	if len(found) == 1 {
		out.State, out.V = Known, found[0]
	}
	return out
}

// hasGoFiles reports whether dir holds a .go file.
func hasGoFiles(dir string) bool {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".go") && e.Type().IsRegular() {
			return true
		}
	}
	return false
}
