package cache

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/cache"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// Besides the findings of whole runs, the cache keeps the results of
// each package of the user's own code that a run analyzed, so that a run
// after an edit analyzes only the packages whose inputs changed, as go
// vet's action graph and staticcheck's runner do (see lintcmd/runner's
// incremental.go for what a run reuses, and when):
//
//   - what the model alone found in a package (Registrations): the entry
//     points that its registrations declare in other packages, its own
//     entry points and its calls, from which the driver gathers over the
//     whole module the entry points registered in each package and the
//     functions that entry points of other packages reach
//     (funcmodel.Config.Registered);
//   - the findings of a package (PutPackageFindings), under its key and
//     the digest of those of the registrations and reached functions
//     that concern it (they target it or a package below it), which can
//     change a package's findings without any change to its code or its
//     imports'.
//
// A package's key (ResultKeys) holds everything a whole run's findings
// key holds but the patterns: the package's own files by content, its
// module's go.mod, the keys of every package it imports (so,
// transitively, the content of its dependencies, whose facts it reads),
// the directory, the build flags, whether tests count, the analyzers and
// their flags, the configuration and the day.

// resultsMagic and registrationsMagic start the entries of a package's
// findings and of its registrations; they change with their format.
const (
	resultsMagic       = "fnlint package findings 1\n"
	registrationsMagic = "fnlint package registrations 3\n"
	lastMagic          = "fnlint run registrations 3\n"
)

// Registrations is what the model alone found in one package.
type Registrations struct {
	// Modelled reports whether the model covered the package (it is the
	// user's code and the model ran without error), so that entry points
	// registered elsewhere may be judged in it.
	Modelled bool
	Path     string // the package's path
	// Entries lists the entry points its registrations declare in other
	// packages, each with the path of the package that declares it.
	Entries []Registered `json:",omitempty"`
	// Roots lists the package's own entry points (declared and
	// registered in it), each with the body it runs; Calls lists the
	// calls that run their target between the package's bodies and from
	// them to functions of the other packages of the user's code: from
	// both the driver computes which functions the entry points of other
	// packages reach (see lintcmd/runner's registrations.go).
	Roots []Root `json:",omitempty"`
	Calls []Call `json:",omitempty"`
}

// A Root is an entry point of a package, as an ExternalEntry (Key
// empty for a function literal), and the body it runs.
type Root struct {
	Entry funcmodel.ExternalEntry
	Body  string // the body's node in Calls
}

// A Call is a call that runs its target, from the body From to the
// body To: a declared function is named by its knowledge.Key, another
// body (a function literal) by its package's path, "#" and its index in
// the package's model. Pkg is the path of To's package when it is
// another package, of the user's own code; Once reports a once-only
// call (sync.Once.Do); At is where the call is.
type Call struct {
	From, To string
	Pkg      string         `json:",omitempty"`
	Once     bool           `json:",omitempty"`
	At       funcmodel.Site `json:",omitempty"`
}

// A Registered is an entry point that a package's registration declares
// in the package at Target.
type Registered struct {
	Target string
	Entry  funcmodel.ExternalEntry
}

// ResultKeys returns the keys of the results of pkgs, packages of the
// user's own code, in run (whose patterns are not part of them), and the
// files hashed by content (see Unchanged), or an error when a file
// cannot be read.
func (c *Cache) ResultKeys(run Run, pkgs []*packages.Package) (map[*packages.Package]Key, Files, error) {
	base := cache.NewHash("package results")
	hashRun(base, run)
	sum := fmt.Sprintf("%x", base.Sum())
	c.mu.Lock()
	defer c.mu.Unlock()
	kg := c.localKeying()
	keys := make(map[*packages.Package]Key, len(pkgs))
	for _, p := range pkgs {
		k, err := c.packageKey(p, kg)
		if err != nil {
			return nil, nil, err
		}
		// Findings name files by absolute path: the package's directory
		// too (that of its files, which its key names by base name).
		keys[p] = Key(cache.Subkey(c.salt, fmt.Sprintf("results %s %x %q", sum, k, p.Dir)))
	}
	return keys, kg.hashed, nil
}

// RunKey returns the key under which the registrations of the last run
// of run are kept (see LastRegistrations): what the go command was asked
// and the analyzers, not the code.
func (c *Cache) RunKey(run Run) Key {
	h := cache.NewHash("run")
	hashf(h, "patterns %q\n", run.Patterns)
	hashRun(h, run)
	return Key(cache.Subkey(c.salt, fmt.Sprintf("%x", h.Sum())))
}

// With returns the key of what derives from k's inputs and from s too.
func (k Key) With(s string) Key { return Key(cache.Subkey(cache.ActionID(k), s)) }

// PutRegistrations keeps what the model found in the package of key k.
func (c *Cache) PutRegistrations(k Key, r Registrations) {
	c.putJSON(k.With("registrations"), registrationsMagic, r)
}

// Registrations returns what the model found in the package of key k,
// or false when the cache has not got it.
func (c *Cache) Registrations(k Key) (Registrations, bool) {
	var r Registrations
	ok := c.getJSON(k.With("registrations"), registrationsMagic, &r)
	return r, ok
}

// PutLastRegistrations keeps the entry points registered across the
// packages of the run of key k (see RunKey): the guess of the next run
// over the same packages at what the packages it has not analyzed yet
// will register.
func (c *Cache) PutLastRegistrations(k Key, ext []funcmodel.ExternalEntry) {
	if ext == nil {
		ext = []funcmodel.ExternalEntry{}
	}
	c.putJSON(k, lastMagic, ext)
}

// LastRegistrations returns what PutLastRegistrations kept under k.
func (c *Cache) LastRegistrations(k Key) ([]funcmodel.ExternalEntry, bool) {
	var ext []funcmodel.ExternalEntry
	ok := c.getJSON(k, lastMagic, &ext)
	return ext, ok
}

// PutPackageFindings keeps the findings of the package of key k, when
// the entry points registered across the run that concern it have the
// digest registered (see RegistrationsDigest).
func (c *Cache) PutPackageFindings(k Key, registered string, findings []Finding) {
	if findings == nil {
		findings = []Finding{}
	}
	c.putJSON(k.With("findings "+registered), resultsMagic, findings)
}

// PackageFindings returns what PutPackageFindings kept, or false.
func (c *Cache) PackageFindings(k Key, registered string) ([]Finding, bool) {
	var findings []Finding
	ok := c.getJSON(k.With("findings "+registered), resultsMagic, &findings)
	return findings, ok
}

// RegistrationsDigest returns a digest of ext, which the caller has
// sorted.
func RegistrationsDigest(ext []funcmodel.ExternalEntry) string {
	h := cache.NewHash("registrations")
	var buf []byte
	for _, e := range ext {
		buf = appendEntry(buf[:0], e)
		_, _ = h.Write(buf)
	}
	return fmt.Sprintf("%x", h.Sum())
}

// CompareEntries orders external entries, for a sorted list of them:
// field by field, so that it reports 0 only for equal entries.
func CompareEntries(a, b funcmodel.ExternalEntry) int {
	if c := strings.Compare(a.Key, b.Key); c != 0 {
		return c // the usual case, before comparing every field
	}
	return cmp.Or(
		cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Platform, b.Platform),
		strings.Compare(a.Name, b.Name),
		strings.Compare(a.Via, b.Via),
		compareBools(a.Route, b.Route),
		compareBools(a.FunctionURL, b.FunctionURL),
		strings.Compare(a.Caller, b.Caller),
		compareBools(a.Once, b.Once),
		strings.Compare(a.At.File, b.At.File),
		cmp.Compare(a.At.Offset, b.At.Offset),
		strings.Compare(a.Pkg, b.Pkg))
}

// compareBools orders false before true.
func compareBools(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// appendEntry appends to buf every field of e, each string prefixed by
// its length, so that no two entries spell the same bytes. (A digest of
// the entries spelled with fmt's %q took most of an edit's bookkeeping
// at 600 packages.)
func appendEntry(buf []byte, e funcmodel.ExternalEntry) []byte {
	str := func(s string) {
		buf = strconv.AppendInt(buf, int64(len(s)), 10)
		buf = append(buf, ':')
		buf = append(buf, s...)
	}
	num := func(n int64) {
		buf = strconv.AppendInt(buf, n, 10)
		buf = append(buf, ' ')
	}
	flag := func(b bool) {
		if b {
			num(1)
		} else {
			num(0)
		}
	}
	str(e.Key)
	num(int64(e.Kind))
	num(int64(e.Platform))
	str(e.Name)
	str(e.Via)
	flag(e.Route)
	flag(e.FunctionURL)
	str(e.Caller)
	flag(e.Once)
	str(e.At.File)
	num(int64(e.At.Offset))
	str(e.Pkg)
	return append(buf, '\n')
}

// putJSON keeps v under k after magic. A failed write only costs the
// next run the work.
func (c *Cache) putJSON(k Key, magic string, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		return
	}
	_ = c.c.PutBytes(cache.ActionID(k), append([]byte(magic), data...))
}

// getJSON reads into v what putJSON kept under k with magic, and reports
// whether there was such an entry that decodes.
func (c *Cache) getJSON(k Key, magic string, v any) bool {
	data, _, err := c.c.GetBytes(cache.ActionID(k))
	if err != nil {
		return false
	}
	body, ok := bytes.CutPrefix(data, []byte(magic))
	return ok && json.Unmarshal(body, v) == nil
}
