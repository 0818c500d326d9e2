// Package cache is fnlint's cache, and the one package that touches its
// storage: the Go build cache as a library
// (github.com/rogpeppe/go-internal/cache). Entries are content-addressed
// and checksummed, so a corrupt entry reads as missing and is computed
// again; concurrent fnlint processes share the cache safely; and it
// trims entries unused for days.
//
// It keeps three kinds of entries, each under a key of everything its
// content depends on:
//
//   - a dependency's entry (Entry): the export data of a dependency
//     type-checked from source, and, for a summarized dependency (see
//     locality.Summarized), the summaries that the analyzers derived from
//     its code;
//   - a run's findings (Finding), for a run over code that has not
//     changed since the last one;
//   - the results of each package of the user's code (results.go): its
//     findings and what its registrations declare, for a run after an
//     edit, which analyzes only the packages whose inputs changed.
//
// What goes into an entry, and whether a run may use or keep it, is the
// driver's (lintcmd/runner) decision; this package computes keys and
// reads and writes entries.
package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rogpeppe/go-internal/cache"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/locality"
)

// Dir returns the directory of fnlint's cache: $FNLINT_CACHE if set,
// else "fnlint" in the user's cache directory; "" when FNLINT_CACHE is
// "off" or there is no user cache directory.
func Dir() string {
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

// A Key names an entry.
type Key cache.ActionID

// A Cache is fnlint's cache, opened for one run: it remembers the keys
// of the packages it computed.
type Cache struct {
	c    *cache.Cache
	salt cache.ActionID
	// local reports whether a package is the user's own code.
	local func(*packages.Package) bool

	mu   sync.Mutex // guards keys and withLocal: packages are stored as they are checked
	keys map[*packages.Package]Key
	// withLocal keys the packages as the findings' keys do (see
	// FindingsKey and ResultKeys, which share it, so that a run hashes
	// each file once); nil until one of them is called.
	withLocal *keying
}

// localKeying returns c.withLocal, creating it; c.mu is held.
func (c *Cache) localKeying() keying {
	if c.withLocal == nil {
		c.withLocal = &keying{keys: make(map[*packages.Package]Key), withLocal: true, hashed: make(Files)}
	}
	return *c.withLocal
}

// Open opens the cache in dir, creating it, for packages built with env;
// local says which packages are the user's own code, whose files change
// (see PackageKey). It returns nil, and an error saying why, when the
// cache cannot be used; the run goes on without it.
func Open(dir string, env []string, local func(*packages.Package) bool) (*Cache, error) {
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
	return &Cache{c: c, salt: h.Sum(), local: local, keys: make(map[*packages.Package]Key)}, nil
}

// Trim removes the entries unused for days, at most once a day, by the
// underlying cache's own rule.
func (c *Cache) Trim() { _ = c.c.Trim() }

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

// hashState returns the hash of the named file's content and what its
// stat said before it was read (see Unchanged).
func hashState(name string) (FileState, error) {
	info, err := os.Stat(name)
	if err != nil {
		return FileState{}, err
	}
	sum, err := contentHash(name)
	if err != nil {
		return FileState{}, err
	}
	return FileState{Sum: sum, size: info.Size(), mtime: info.ModTime(), hashed: time.Now()}, nil
}

// A keying is how packageKey keys packages: the keys computed so far;
// whether a package that imports the user's own code has a key (for the
// findings of a run, see FindingsKey) or none (a dependency is not kept
// then); and, if not nil, where to record the content hash of each file
// hashed by content.
type keying struct {
	keys      map[*packages.Package]Key
	withLocal bool
	hashed    Files
}

// PackageKey returns the key of the dependency p's entry, computing
// those of the packages it imports first, or an error when p cannot be
// kept (a file cannot be read, or p imports the user's own code).
//
// The key is a hash of everything the entry's content depends on:
// fnlint's own executable and the build configuration (see Open), the
// package's identity and files, its errors, and the keys of the packages
// it imports. A module in the module cache never changes, so a file
// there is known by its name (which holds the module's version), size
// and modification time, as is a file of the standard library in
// GOROOT; any other file by its content.
func (c *Cache) PackageKey(p *packages.Package) (Key, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.packageKey(p, keying{keys: c.keys})
}

// packageKey returns the key of p, and of the packages it imports first,
// as kg says.
func (c *Cache) packageKey(p *packages.Package, kg keying) (Key, error) {
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
		if locality.InModuleCache(filepath.ToSlash(name)) || p.Module == nil && standard(p.PkgPath) && !c.local(p) && !strings.Contains(filepath.ToSlash(name), "/go-build/") {
			info, err := os.Stat(name)
			if err != nil {
				return Key{}, err
			}
			hashf(h, "file %s %d %d\n", name, info.Size(), info.ModTime().UnixNano())
			continue
		}
		st, err := hashState(name)
		if err != nil {
			return Key{}, err
		}
		if kg.hashed != nil {
			kg.hashed[name] = st
		}
		hashf(h, "file %s %x\n", filepath.Base(name), st.Sum)
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
		if c.local(imp) && !kg.withLocal {
			// The user's code changes under a dependency that imports
			// it (a module replaced by a local directory): not kept.
			return Key{}, fmt.Errorf("%s imports %s, the user's own code", p.ID, imp.ID)
		}
		k, err := c.packageKey(imp, kg)
		if err != nil {
			return Key{}, err
		}
		hashf(h, "import %s %x\n", path, k)
	}
	for _, e := range p.Errors {
		hashf(h, "error %s\n", e)
	}
	if m := p.Module; kg.withLocal && m != nil && m.GoMod != "" && c.local(p) {
		// runtimeversion reads the module's go.mod.
		st, err := hashState(m.GoMod)
		if err != nil {
			return Key{}, err
		}
		if kg.hashed != nil {
			kg.hashed[m.GoMod] = st
		}
		hashf(h, "go.mod %s %x\n", m.GoMod, st.Sum)
	}
	k := Key(cache.Subkey(c.salt, fmt.Sprintf("%x", h.Sum())))
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

// An Entry is what the cache keeps of a dependency.
type Entry struct {
	Export    []byte    // gcexportdata.Write's output
	Summaries []Summary // nil for a dependency kept for its types alone
}

// A Summary is one summary of one function (funcmodel.SummaryFact).
type Summary struct {
	Effect, Func string
	Path         []string `json:",omitempty"`
	Cause        string   `json:",omitempty"`
}

// magic starts every dependency's entry; it changes with the entry's
// format.
const magic = "fnlint summaries 2\n"

// Entry returns the entry kept under k, or nil when there is none or it
// does not decode (it is then computed again, and overwritten).
func (c *Cache) Entry(k Key) *Entry {
	data, _, err := c.c.GetBytes(cache.ActionID(k))
	if err != nil {
		return nil
	}
	e, err := decode(data)
	if err != nil {
		return nil
	}
	return e
}

func decode(data []byte) (*Entry, error) {
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok {
		return nil, errors.New("not an entry")
	}
	n, w := binary.Uvarint(rest)
	if w <= 0 || n > uint64(len(rest)-w) {
		return nil, errors.New("truncated entry")
	}
	rest = rest[w:]
	e := &Entry{Export: rest[:n]}
	if err := json.Unmarshal(rest[n:], &e.Summaries); err != nil {
		return nil, err
	}
	return e, nil
}

// PutEntry keeps e under k, its summaries sorted. A failed write only
// costs the next run the work.
func (c *Cache) PutEntry(k Key, e *Entry) {
	rs := slices.Clone(e.Summaries)
	slices.SortFunc(rs, func(a, b Summary) int {
		return strings.Compare(a.Effect+"\x00"+a.Func, b.Effect+"\x00"+b.Func)
	})
	js, err := json.Marshal(rs)
	if err != nil {
		return
	}
	data := append([]byte(magic), binary.AppendUvarint(nil, uint64(len(e.Export)))...)
	data = append(append(data, e.Export...), js...)
	_ = c.c.PutBytes(cache.ActionID(k), data)
}
