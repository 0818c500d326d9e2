package runner

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"fmt"
	"maps"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/fnlint/fnlint/lintcmd/cache"
)

// A package's facts kept in the cache, so that a run after an edit
// starts the analysis of the packages that changed from the facts of the
// unchanged packages they import, instead of analyzing those again
// (see incremental.go). The importers read the facts of such a package,
// seeded, from its action as they read those of a package analyzed in
// the run (see driver.go), on its types checked from source for its
// declarations alone (see makePlan).
//
// Objects are named by objectpath, as go vet's facts are. A fact on an
// object that objectpath cannot name (a type declared in a function
// body) is not kept: the importers never meet that object, and a
// package checked for its declarations alone has none. Facts are encoded with gob, which
// encodes their exported fields (the analysis framework's rule for
// facts); encoding drops what gob drops (unexported fields, the
// difference between a nil and an empty slice), and TestFactsRoundTrip
// checks that every fact of every analyzer survives it.

// encodeFacts returns the facts that acts, the actions of one analysis on
// one package, exported, or false when one does not encode.
func encodeFacts(acts []*action) ([]cache.AnalyzerFacts, bool) {
	var out []cache.AnalyzerFacts
	var enc objectpath.Encoder
	for _, act := range acts {
		ftypes := act.Analyzer.FactTypes
		if len(ftypes) == 0 {
			continue
		}
		index := make(map[reflect.Type]int, len(ftypes))
		for i, f := range ftypes {
			index[factType(f)] = i
		}
		type named struct {
			path string
			fact analysis.Fact
		}
		byType := make(map[int][]named)
		for k, f := range act.objectFacts {
			path, err := enc.For(k.obj)
			if err != nil {
				continue // never met by an importer (see above)
			}
			i, ok := index[k.typ]
			if !ok {
				return nil, false
			}
			byType[i] = append(byType[i], named{string(path), f})
		}
		for t, f := range act.packageFacts {
			i, ok := index[t]
			if !ok {
				return nil, false
			}
			byType[i] = append(byType[i], named{"", f})
		}
		af := cache.AnalyzerFacts{Name: act.Analyzer.Name}
		for _, i := range slices.Sorted(maps.Keys(byType)) {
			facts := byType[i]
			slices.SortFunc(facts, func(a, b named) int { return cmp.Compare(a.path, b.path) })
			tf := cache.TypeFacts{Type: i}
			var buf bytes.Buffer
			e := gob.NewEncoder(&buf)
			empty := fieldless(factType(ftypes[i]))
			for _, f := range facts {
				tf.Objects = append(tf.Objects, f.path)
				if !empty {
					if err := e.Encode(f.fact); err != nil {
						return nil, false
					}
				}
			}
			tf.Data = buf.Bytes()
			af.Types = append(af.Types, tf)
		}
		out = append(out, af)
	}
	return out, true
}

// seed fills act's facts from what the cache kept of its analyzer on its
// package, whose types were read from the export data kept with them.
func (act *action) seed(facts []cache.AnalyzerFacts) error {
	act.objectFacts = make(map[objectFactKey]analysis.Fact)
	act.packageFacts = make(map[reflect.Type]analysis.Fact)
	i := slices.IndexFunc(facts, func(af cache.AnalyzerFacts) bool { return af.Name == act.Analyzer.Name })
	if i < 0 {
		return fmt.Errorf("no facts of %s kept", act.Analyzer.Name)
	}
	ftypes := act.Analyzer.FactTypes
	for _, tf := range facts[i].Types {
		if tf.Type < 0 || tf.Type >= len(ftypes) {
			return fmt.Errorf("fact type %d of %s kept, which has %d", tf.Type, act.Analyzer.Name, len(ftypes))
		}
		t := factType(ftypes[tf.Type])
		empty := fieldless(t)
		d := gob.NewDecoder(bytes.NewReader(tf.Data))
		for _, path := range tf.Objects {
			fact := reflect.New(t.Elem()).Interface().(analysis.Fact)
			if !empty {
				if err := d.Decode(fact); err != nil {
					return fmt.Errorf("decoding a %v: %w", t, err)
				}
			}
			if path == "" {
				act.packageFacts[t] = fact
				continue
			}
			obj, err := objectpath.Object(act.Package.Types, objectpath.Path(path))
			if err != nil {
				return err
			}
			act.objectFacts[objectFactKey{obj, t}] = fact
		}
	}
	return nil
}

// fieldless reports whether the fact type t points to a struct without
// fields, which gob cannot encode and which has nothing to encode.
func fieldless(t reflect.Type) bool {
	return t.Elem().Kind() == reflect.Struct && t.Elem().NumField() == 0
}
