package cache

import (
	"bytes"
	"encoding/gob"

	"github.com/rogpeppe/go-internal/cache"
)

// The cache keeps, beside the findings of each package of the user's own
// code, what its importers read of it beside its types: the facts its
// analyzers exported (PutFacts). A run after an edit analyzes the
// packages whose inputs changed, and those need the facts of the
// packages they import; without these entries, the unchanged packages
// below would be analyzed again for their facts alone, and an edit would
// cost what the module costs (see lintcmd/runner's incremental.go).
//
// The facts of one analysis of a package are kept under its result key
// (ResultKeys) and the name of the analysis: the digest of the entry
// points registered across the run that concern the package (see
// RegistrationsDigest), on which its facts depend as its findings do,
// or "registrations" for
// the pass of the model alone that finds them.

// factsMagic starts a package's facts entry; it changes with the format
// (and with that of any fact type: a fact that no longer decodes fails
// the entry, which is then computed again).
const factsMagic = "fnlint package facts 1\n"

// PackageFacts holds the facts of one analysis of a package.
type PackageFacts struct {
	Analyzers []AnalyzerFacts
}

// AnalyzerFacts holds the facts one analyzer exported on a package, by
// fact type.
type AnalyzerFacts struct {
	Name  string
	Types []TypeFacts
}

// TypeFacts holds the facts of one type (by its index in the analyzer's
// FactTypes): the objects they are on, by objectpath ("" for a fact on
// the package), and the facts, a gob stream of one value per object in
// the same order (empty for a fact type without fields).
type TypeFacts struct {
	Type    int
	Objects []string
	Data    []byte
}

// PutFacts keeps f under the key k and the name of the analysis. A
// failed write only costs the next run the work.
func (c *Cache) PutFacts(k Key, analysis string, f *PackageFacts) {
	var buf bytes.Buffer
	buf.WriteString(factsMagic)
	if err := gob.NewEncoder(&buf).Encode(f); err != nil {
		return
	}
	_ = c.c.PutBytes(cache.ActionID(k.With("facts "+analysis)), buf.Bytes())
}

// Facts returns what PutFacts kept under k and analysis, or nil.
func (c *Cache) Facts(k Key, analysis string) *PackageFacts {
	data, _, err := c.c.GetBytes(cache.ActionID(k.With("facts " + analysis)))
	if err != nil {
		return nil
	}
	body, ok := bytes.CutPrefix(data, []byte(factsMagic))
	if !ok {
		return nil
	}
	f := new(PackageFacts)
	if gob.NewDecoder(bytes.NewReader(body)).Decode(f) != nil {
		return nil
	}
	return f
}
