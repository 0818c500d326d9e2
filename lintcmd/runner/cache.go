package runner

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/cache"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/locality"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// CacheDir returns the directory of fnlint's cache of dependency
// summaries: $FNLINT_CACHE if set, else "fnlint" in the user's cache
// directory; "" when FNLINT_CACHE is "off" or there is no user cache
// directory.
func CacheDir() string {
	if dir := os.Getenv("FNLINT_CACHE"); dir != "" {
		if dir == "off" {
			return ""
		}
		return dir
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "fnlint")
}

// A depCache keeps, for each summarized dependency (a third-party
// package analyzed from source, see locality.Summarized), what a later
// run needs instead of analyzing it again: its export data, written
// from the types checked from source, and its summaries, the facts the
// analyzers exported for its functions (funcmodel.SummaryFact).
//
// It is the Go build cache as a library (github.com/rogpeppe/go-internal/cache):
// entries are content-addressed and checksummed, so a corrupt entry
// reads as missing and is computed again; concurrent fnlint processes
// share it safely; and it trims entries unused for days.
//
// An entry's key is a hash of everything its content depends on (see
// key): fnlint's own executable, the package's identity and files, the
// build configuration, and the keys of the summarized packages it
// imports. A module in the module cache never changes, so a file there
// is known by its name (which holds the module's version), size and
// modification time; any other file by its content.
type depCache struct {
	c    *cache.Cache
	salt cache.ActionID

	mu   sync.Mutex // guards keys: packages are stored as they are checked
	keys map[*packages.Package]cache.ActionID

	// hits holds the entries found, by package; looked, every package
	// looked up.
	hits   map[*packages.Package]*entry
	looked map[*packages.Package]bool
}

// A keying is how packageKey keys packages: the keys computed so far;
// whether a package that imports the user's own code has a key (for the
// findings of a run, see resultsKey) or none (a summarized dependency is
// not kept then); and, if not nil, where to record the content hash of
// each file hashed by content.
type keying struct {
	keys      map[*packages.Package]cache.ActionID
	withLocal bool
	hashed    map[string][sha256.Size]byte
}

// An entry is a cached package.
type entry struct {
	export    []byte // gcexportdata.Write's output
	summaries []record
}

// A record is one summary of one function.
type record struct {
	Effect, Func string
	Path         []string `json:",omitempty"`
	Cause        string   `json:",omitempty"`
}

// magic starts every entry; it changes with the entry's format.
const magic = "fnlint summaries 1\n"

// openCache opens the cache in dir, creating it, for packages built
// with env. It returns nil, and an error saying why, when the cache
// cannot be used; the run goes on without it.
func openCache(dir string, env []string) (*depCache, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, err
	}
	c, err := cache.Open(dir)
	if err != nil {
		return nil, err
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	self, err := cache.FileHash(exe)
	if err != nil {
		return nil, err
	}
	h := cache.NewHash("fnlint")
	_, _ = h.Write([]byte(magic))
	_, _ = h.Write(self[:])
	// The build configuration that go list applied to the files it
	// chose is in the file lists; what else changes types is here.
	for _, v := range []string{"GOOS", "GOARCH", "CGO_ENABLED", "GOEXPERIMENT", "GOFLAGS"} {
		hashf(h, "%s=%s\n", v, lookupEnv(env, v))
	}
	return &depCache{c: c, salt: h.Sum(), keys: make(map[*packages.Package]cache.ActionID), hits: make(map[*packages.Package]*entry), looked: make(map[*packages.Package]bool)}, nil
}

// contentHash returns the hash of the named file's content as it is
// now. (cache.FileHash remembers a file's hash for the life of the
// process, which outlives an edit in the language server and in tests.)
func contentHash(name string) ([sha256.Size]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	return sha256.Sum256(data), nil
}

// hashf writes to a hash, which never fails.
func hashf(h *cache.Hash, format string, args ...any) { _, _ = fmt.Fprintf(h, format, args...) }

// lookupEnv returns the last value of name in env, as os/exec does.
func lookupEnv(env []string, name string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], name+"="); ok {
			return v
		}
	}
	return ""
}

// key returns the key of the package p, computing those of the
// packages it imports first.
func (dc *depCache) key(p *packages.Package) (cache.ActionID, error) {
	dc.mu.Lock()
	defer dc.mu.Unlock()
	return dc.packageKey(p, keying{keys: dc.keys})
}

// packageKey returns the key of p, and of the packages it imports first,
// as kg says.
func (dc *depCache) packageKey(p *packages.Package, kg keying) (cache.ActionID, error) {
	if k, ok := kg.keys[p]; ok {
		return k, nil
	}
	h := cache.NewHash("package")
	hashf(h, "%s\n%s\n%s\n", p.ID, p.PkgPath, p.Name)
	if m := p.Module; m != nil {
		hashf(h, "module %s@%s go %s\n", m.Path, m.Version, m.GoVersion)
	}
	if s, ok := p.TypesSizes.(*types.StdSizes); ok {
		hashf(h, "sizes %d %d\n", s.WordSize, s.MaxAlign)
	} else if p.TypesSizes != nil {
		hashf(h, "sizes %T\n", p.TypesSizes)
	}
	for _, name := range p.CompiledGoFiles {
		if locality.InModuleCache(filepath.ToSlash(name)) || p.Module == nil && standard(p.PkgPath) && !local(p) && !strings.Contains(filepath.ToSlash(name), "/go-build/") {
			info, err := os.Stat(name)
			if err != nil {
				return cache.ActionID{}, err
			}
			hashf(h, "file %s %d %d\n", name, info.Size(), info.ModTime().UnixNano())
			continue
		}
		sum, err := contentHash(name)
		if err != nil {
			return cache.ActionID{}, err
		}
		if kg.hashed != nil {
			kg.hashed[name] = sum
		}
		hashf(h, "file %s %x\n", filepath.Base(name), sum)
	}
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		imp := p.Imports[path]
		if imp.PkgPath == "unsafe" {
			continue
		}
		if local(imp) && !kg.withLocal {
			// The user's code changes under a dependency that imports
			// it (a module replaced by a local directory): not kept.
			return cache.ActionID{}, fmt.Errorf("%s imports %s, the user's own code", p.ID, imp.ID)
		}
		k, err := dc.packageKey(imp, kg)
		if err != nil {
			return cache.ActionID{}, err
		}
		hashf(h, "import %s %x\n", path, k)
	}
	for _, e := range p.Errors {
		hashf(h, "error %s\n", e)
	}
	if m := p.Module; kg.withLocal && m != nil && m.GoMod != "" && local(p) {
		// runtimeversion reads the module's go.mod.
		sum, err := contentHash(m.GoMod)
		if err != nil {
			return cache.ActionID{}, err
		}
		if kg.hashed != nil {
			kg.hashed[m.GoMod] = sum
		}
		hashf(h, "go.mod %s %x\n", m.GoMod, sum)
	}
	k := cache.Subkey(dc.salt, fmt.Sprintf("%x", h.Sum()))
	kg.keys[p] = k
	return k, nil
}

// standard reports whether path is a package of the standard library,
// whose files in GOROOT change only with the Go installation: they are
// known by name, size and modification time like the module cache's.
// (cgo's output for them lies in the build cache, and is hashed.)
func standard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// lookup returns p's entry, or nil.
func (dc *depCache) lookup(p *packages.Package) *entry {
	if dc.looked[p] {
		return dc.hits[p]
	}
	dc.looked[p] = true
	k, err := dc.key(p)
	if err != nil {
		return nil
	}
	data, _, err := dc.c.GetBytes(k)
	if err != nil {
		return nil
	}
	e, err := decode(data)
	if err != nil {
		return nil // recomputed, and overwritten
	}
	dc.hits[p] = e
	return e
}

func decode(data []byte) (*entry, error) {
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok {
		return nil, errors.New("not an entry")
	}
	n, w := binary.Uvarint(rest)
	if w <= 0 || n > uint64(len(rest)-w) {
		return nil, errors.New("truncated entry")
	}
	rest = rest[w:]
	e := &entry{export: rest[:n]}
	if err := json.Unmarshal(rest[n:], &e.summaries); err != nil {
		return nil, err
	}
	return e, nil
}

// store writes the entries of the summarized packages analyzed from
// source in this run, from their types and from the facts that graph's
// actions exported for their functions. A package with errors, or that
// imports one, is not kept.
func (dc *depCache) store(graph *checker.Graph, analyzed []*packages.Package) {
	want := make(map[*packages.Package]bool)
	for _, p := range analyzed {
		if !p.IllTyped && p.Types != nil && len(p.Errors) == 0 {
			want[p] = true
		}
	}
	records := make(map[*packages.Package][]record)
	for act := range graph.All() {
		if !want[act.Package] || act.Err != nil {
			if act.Err != nil {
				delete(want, act.Package)
			}
			continue
		}
		for _, of := range act.AllObjectFacts() {
			fn, ok := of.Object.(*types.Func)
			if !ok || fn.Pkg() != act.Package.Types {
				continue // inherited from a dependency, which has its own entry
			}
			sf, ok := of.Fact.(funcmodel.SummaryFact)
			if !ok {
				continue
			}
			effect, s := sf.Summary()
			records[act.Package] = append(records[act.Package], record{Effect: effect, Func: knowledge.Key(fn), Path: s.Path, Cause: s.Cause})
		}
	}
	for p := range want {
		k, err := dc.key(p)
		if err != nil {
			continue
		}
		var export bytes.Buffer
		if err := gcexportdata.Write(&export, p.Fset, p.Types); err != nil {
			continue
		}
		rs := records[p]
		slices.SortFunc(rs, func(a, b record) int {
			return strings.Compare(a.Effect+"\x00"+a.Func, b.Effect+"\x00"+b.Func)
		})
		js, err := json.Marshal(rs)
		if err != nil {
			continue
		}
		data := append([]byte(magic), binary.AppendUvarint(nil, uint64(export.Len()))...)
		data = append(append(data, export.Bytes()...), js...)
		_ = dc.c.PutBytes(k, data) // a failed write only costs the next run the work
	}
	_ = dc.c.Trim() // at most once a day, by the cache's own rule
}

// storeTypes writes the entry of a dependency that was type-checked
// from source for its types alone (it has no summaries: the standard
// library and the modules the tables describe).
func (dc *depCache) storeTypes(p *packages.Package) {
	k, err := dc.key(p)
	if err != nil {
		return
	}
	var export bytes.Buffer
	if err := gcexportdata.Write(&export, p.Fset, p.Types); err != nil {
		return
	}
	data := append([]byte(magic), binary.AppendUvarint(nil, uint64(export.Len()))...)
	data = append(append(data, export.Bytes()...), "null"...)
	_ = dc.c.PutBytes(k, data)
}

// summaries returns the summaries of the packages found in the cache.
func (dc *depCache) summaries() funcmodel.Summaries {
	s := make(funcmodel.Summaries)
	for _, e := range dc.hits {
		for _, r := range e.summaries {
			s[funcmodel.SummaryKey{Effect: r.Effect, Func: r.Func}] = funcmodel.Summary{Path: r.Path, Cause: r.Cause}
		}
	}
	return s
}

// readExport reads the types of a package found in the cache.
func readExport(e *entry, fset *token.FileSet, imports map[string]*types.Package, path string) (*types.Package, error) {
	return gcexportdata.Read(bufio.NewReader(bytes.NewReader(e.export)), fset, imports, path)
}
