package funcmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/internal/deploy"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/suppress"
)

// Deployments reads the deployment files of the modules that a run
// analyzes (see internal/deploy), each module's once per run, and adds
// the files to the run's file set once, so that findings can sit in
// them. A run is told by its file set: fnlint's driver, the language
// server and golangci-lint load every package of a run into one, so a
// pass with another file set starts a new run and what the last one
// read is dropped (nothing outlives the next run; under go vet, which
// analyzes one package per process, every pass reads the files).
//
// Every instance of the model has one; a driver that wants to tell the
// user what could not be read gives its own in Config.Deployments and
// asks Errors after the run.
type Deployments struct {
	mu    sync.Mutex
	fset  *token.FileSet
	sets  map[string]*deploy.Set   // by module root and the files named
	files map[string]*deployFile   // deployment files added to fset
	errs  map[string]*deploy.Error // by text, of this run
}

// NewDeployments returns an empty reader of deployments.
func NewDeployments() *Deployments { return &Deployments{} }

// set returns what the deployment files of the module at root say:
// those found from the module up (deploy.Find) and the files named
// (the -deploy flag, fnlint.toml's deploy), each read once.
func (d *Deployments) set(fset *token.FileSet, root string, named []string) *deploy.Set {
	named = slices.Clone(named)
	slices.Sort(named)
	named = slices.Compact(named)
	key := root + "\x00" + strings.Join(named, "\x00")
	d.mu.Lock()
	defer d.mu.Unlock()
	d.reset(fset)
	if s, ok := d.sets[key]; ok {
		return s
	}
	s := &deploy.Set{}
	if root != "" {
		s = deploy.Find(root)
	}
	var extra []string
	for _, f := range named {
		if !slices.Contains(s.Files, f) {
			extra = append(extra, f)
		}
	}
	if len(extra) > 0 {
		more := deploy.Load(extra)
		s.Files = append(s.Files, more.Files...)
		s.Functions = append(s.Functions, more.Functions...)
		s.Mappings = append(s.Mappings, more.Mappings...)
		s.Errors = append(s.Errors, more.Errors...)
	}
	for _, e := range s.Errors {
		d.errs[e.Error()] = e
	}
	d.sets[key] = s
	return s
}

// reset starts a new run when fset is not the last run's; d.mu is held.
func (d *Deployments) reset(fset *token.FileSet) {
	if d.fset == fset && d.sets != nil {
		return
	}
	d.fset = fset
	d.sets = make(map[string]*deploy.Set)
	d.files = make(map[string]*deployFile)
	d.errs = make(map[string]*deploy.Error)
}

// A deployFile is a deployment file added to a run's file set.
type deployFile struct {
	tf   *token.File
	data []byte
}

// file returns the deployment file at path in fset, adding it once;
// nil when it cannot be read.
func (d *Deployments) file(fset *token.FileSet, path string) *deployFile {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.reset(fset)
	if f, ok := d.files[path]; ok {
		return f
	}
	data, err := os.ReadFile(path)
	if err != nil {
		d.files[path] = nil
		return nil
	}
	tf := fset.AddFile(path, -1, len(data))
	tf.SetLinesForContent(data)
	f := &deployFile{tf, data}
	d.files[path] = f
	return f
}

// Errors returns what the last run could not read in the deployment
// files, each once, sorted by position: the files' analysis went on
// without those parts.
func (d *Deployments) Errors() []*deploy.Error {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []*deploy.Error
	for _, e := range d.errs {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *deploy.Error) int {
		if a.Pos.File != b.Pos.File {
			return strings.Compare(a.Pos.File, b.Pos.File)
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return strings.Compare(a.Msg, b.Msg)
	})
	return out
}

// DeployPos returns the position in the pass's file set of p, a
// position in a deployment file, or token.NoPos when the file cannot be
// read.
func (m *Model) DeployPos(p deploy.Pos) token.Pos {
	if m.deployments == nil || !p.IsValid() {
		return token.NoPos
	}
	f := m.deployments.file(m.fset, p.File)
	if f == nil || p.Offset > f.tf.Size() {
		return token.NoPos
	}
	return f.tf.Pos(p.Offset)
}

// DeployEnd returns the position after the text of the value v, in a
// deployment file: where a finding about the value ends.
func DeployEnd[T any](m *Model, v deploy.Value[T]) token.Pos {
	pos := m.DeployPos(v.Pos)
	text := v.Text
	if !pos.IsValid() || text == "" || strings.Contains(text, "\n") {
		return token.NoPos
	}
	tf := m.fset.File(pos)
	if end := v.Pos.Offset + len(text); end <= tf.Size() {
		return tf.Pos(end)
	}
	return token.NoPos
}

// DeploySilenced reports whether a directive silences the analyzer name
// at p, in a deployment file: "# fnlint:ignore NAME reason" (or with
// //, as Terraform also writes comments) on p's line or the line above,
// as //fnlint:ignore does in Go.
func (m *Model) DeploySilenced(p deploy.Pos, name string) bool {
	if m.deployments == nil || !p.IsValid() {
		return false
	}
	f := m.deployments.file(m.fset, p.File)
	if f == nil {
		return false
	}
	lines := strings.Split(string(f.data), "\n")
	for _, n := range []int{p.Line, p.Line - 1} {
		if n < 1 || n > len(lines) {
			continue
		}
		i := strings.Index(lines[n-1], "fnlint:ignore")
		if i < 0 {
			continue
		}
		if d, ok := suppress.ParseComment("//" + lines[n-1][i:]); ok && d.Silences(name) {
			return true
		}
	}
	return false
}

// moduleRoot returns the root directory of the pass's module, or "".
func moduleRoot(pass *analysis.Pass, files []*ast.File) string {
	if pass.Module != nil && pass.Module.GoMod != "" {
		return filepath.Dir(pass.Module.GoMod)
	}
	if pass.Module != nil && pass.Module.Dir != "" {
		return pass.Module.Dir
	}
	if dir := packageDir(pass, files); dir != "" {
		return config.ModuleRoot(dir)
	}
	return ""
}

// packageDir returns the directory of the package's files, or "" when
// they are not absolute paths (code generated elsewhere).
func packageDir(pass *analysis.Pass, files []*ast.File) string {
	for _, f := range files {
		if tf := pass.Fset.File(f.FileStart); tf != nil && filepath.IsAbs(tf.Name()) {
			return filepath.Dir(tf.Name())
		}
	}
	return ""
}

// findDeployed relates the package to the functions that the
// deployment files deploy from its directory: a Lambda function's code
// (SAM's CodeUri, a serverless or Terraform source that is this
// package's directory) is the package's main, whose handlers are its
// entry points; a Cloud Run function's source directory holds the
// package whose function (or registered name) is its entry point. A
// Cloud Run function that no registration names and that is not a
// 1st-gen function the model found (one declared in a package below
// the module root, deployed with gcloud --source) becomes an entry
// point here, of the kind its trigger and signature say.
func (b *builder) findDeployed(set *deploy.Set) {
	m := b.model
	dir := packageDir(b.pass, m.Files)
	if set == nil || dir == "" {
		return
	}
	isMain := b.pass.Pkg.Name() == "main"
	for _, fn := range set.Functions {
		src, ok := fn.Entry.Dir.Get()
		if !ok || filepath.Clean(src) != dir {
			continue
		}
		switch fn.Platform {
		case deploy.Lambda:
			if !isMain {
				continue // Lambda runs a binary: a main package
			}
			for _, e := range m.Entries {
				if e.Platform == Lambda {
					e.Deployed = append(e.Deployed, fn)
				}
			}
		case deploy.CloudRunFunctions:
			if isMain {
				continue // a local development server
			}
			name := entryPointName(fn)
			if name == "" {
				continue
			}
			found := false
			for _, e := range m.Entries {
				if e.Platform == CloudRun && !e.Route && (e.Name == name || e.Via == "1st gen" && e.Obj != nil && e.Obj.Name() == name) {
					e.Deployed = append(e.Deployed, fn)
					found = true
				}
			}
			if !found {
				if e := b.addDeployed(fn, name); e != nil {
					e.Deployed = append(e.Deployed, fn)
				}
			}
		}
	}
}

// entryPointName returns the name of the function a Cloud Run function
// deployment runs: its entry point, or for a gcloud command without
// --entry-point, the function's name, which gcloud takes for it.
func entryPointName(fn *deploy.Function) string {
	if name, ok := fn.Entry.EntryPoint.Get(); ok {
		return name
	}
	if fn.Entry.EntryPoint.IsAbsent() && strings.HasPrefix(fn.Kind, "gcloud functions") {
		if name, ok := fn.Name.Get(); ok {
			return name
		}
	}
	return ""
}

// addDeployed makes the exported function name of the package the
// entry point of the Cloud Run function fn, when its signature is one
// the platform invokes that agrees with fn's trigger (HTTP for an HTTP
// trigger, an event function for an event trigger), and returns it;
// nil otherwise.
func (b *builder) addDeployed(fn *deploy.Function, name string) *Entry {
	if !token.IsExported(name) {
		return nil
	}
	obj, ok := b.pass.Pkg.Scope().Lookup(name).(*types.Func)
	if !ok || b.model.Of(obj) == nil {
		return nil
	}
	kind := SignatureKind(obj.Signature())
	if kind == 0 {
		return nil
	}
	switch trigger(fn) {
	case deploy.TriggerHTTP:
		if kind != knowledge.HTTP {
			return nil
		}
	case deploy.TriggerUnknown:
	default:
		if kind == knowledge.HTTP {
			return nil
		}
	}
	decl := b.model.Of(obj).Node.(*ast.FuncDecl).Name
	e := b.addEntry(kind, name, "deployed by "+filepath.Base(fn.Pos.File), decl, target{obj: obj})
	e.Platform = CloudRun
	return e
}

// trigger returns the kind of trigger of a Cloud Run function: HTTP,
// another (an event), or unknown when its events do not say.
func trigger(fn *deploy.Function) deploy.Trigger {
	t := deploy.TriggerUnknown
	for _, ev := range fn.Events {
		switch ev.Trigger {
		case deploy.TriggerUnknown:
			return deploy.TriggerUnknown
		case deploy.TriggerHTTP:
			if t != deploy.TriggerUnknown && t != deploy.TriggerHTTP {
				return deploy.TriggerUnknown
			}
			t = deploy.TriggerHTTP
		default:
			if t == deploy.TriggerHTTP {
				return deploy.TriggerUnknown
			}
			t = deploy.TriggerEvent
		}
	}
	return t
}
