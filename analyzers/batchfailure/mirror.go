package batchfailure

import (
	"go/types"
	"reflect"
	"strings"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// mirrored returns the batch whose records t, the type of a Records
// field of the user's own event struct, mirrors: a slice of structs of
// another package than events whose JSON keys are all keys of one
// batch's record type (encoding/json matches them regardless of case),
// one of them found in no other batch's records.
func mirrored(pkg *types.Package, t types.Type) (batch, bool) {
	s, ok := typeOrNil(t).(*types.Slice)
	if !ok {
		return batch{}, false
	}
	elem := s.Elem()
	if p, ok := elem.Underlying().(*types.Pointer); ok {
		elem = p.Elem()
	}
	if n, ok := types.Unalias(elem).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == knowledge.LambdaEvents {
		return batch{}, false
	}
	st, ok := elem.Underlying().(*types.Struct)
	if !ok {
		return batch{}, false
	}
	mine := jsonKeys(st)
	events := eventsPackage(pkg)
	if len(mine) == 0 || events == nil {
		return batch{}, false
	}
	keys := make(map[string]map[string]bool)
	for name := range knowledge.BatchEvents {
		if rt := recordType(events, name); rt != nil {
			if rs, ok := rt.Underlying().(*types.Struct); ok {
				keys[name] = jsonKeys(rs)
			}
		}
	}
	for name, theirs := range keys {
		own := false
		for k := range mine {
			if !theirs[k] {
				own = false
				break
			}
			own = own || !inOthers(keys, name, k)
		}
		if own {
			return batch{Event: name, BatchEvent: knowledge.BatchEvents[name]}, true
		}
	}
	return batch{}, false
}

// inOthers reports whether key k is a key of a batch's records other
// than name's.
func inOthers(keys map[string]map[string]bool, name, k string) bool {
	for other, ks := range keys {
		if other != name && ks[k] {
			return true
		}
	}
	return false
}

// jsonKeys returns the lowercased JSON keys of the fields of st.
func jsonKeys(st *types.Struct) map[string]bool {
	keys := make(map[string]bool)
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Exported() || f.Embedded() {
			continue
		}
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name()
		}
		keys[strings.ToLower(name)] = true
	}
	return keys
}

// eventsPackage returns aws-lambda-go's events package if pkg imports
// it, directly or not.
func eventsPackage(pkg *types.Package) *types.Package {
	seen := make(map[*types.Package]bool)
	queue := []*types.Package{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p.Path() == knowledge.LambdaEvents {
			return p
		}
		for _, imp := range p.Imports() {
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return nil
}
